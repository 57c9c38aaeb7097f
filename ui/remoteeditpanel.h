#pragma once

#include "sync/remoteeditor.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Ferry {

class TransferEngine;

// The files being edited (RemoteEditor over the window's transfer queue): a row each with its state and
// last upload, and Open again, Upload now and Stop watching. Opens each copy in the desktop's default
// application, or in the editor command set here; asks (non-modal) whether to upload a saved copy
// unless uploads are automatic, and asks before overwriting a copy that changed on the server.
class RemoteEditPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteEditPanel)

public:
    explicit RemoteEditPanel(TransferEngine* queue, QWidget* parent = nullptr);
    ~RemoteEditPanel() override;

    RemoteEditor* editor() const { return m_editor; }
    QTreeWidget* fileList() const { return m_list; }

    // The editor command ("" = the desktop's default application) and the upload policy; kept in the
    // settings.
    QString editorCommand() const;
    void setEditorCommand(const QString& command);
    bool uploadsAutomatically() const;
    void setUploadsAutomatically(bool automatic);

    // The questions open now (for tests), or null.
    QMessageBox* question(quint64 id) const;

public Q_SLOTS:
    // Starts editing a remote file of a site the queue knows; false (said in the panel) otherwise.
    bool open(const QString& siteId, const QString& remotePath);
    void openSelectedAgain();
    void uploadSelected();
    void stopSelected();

Q_SIGNALS:
    // A copy was handed to an editor (the path), or could not be (the message).
    void editorStarted(const QString& localPath);
    void editorFailed(const QString& message);

private:
    void launchEditor(const QString& localPath);
    void refreshRow(quint64 id);
    QTreeWidgetItem* rowFor(quint64 id) const;
    quint64 selectedId() const;
    void ask(quint64 id, bool conflict, const QString& message);
    void closeQuestion(quint64 id);
    void saveSettings() const;

    RemoteEditor* m_editor;
    QTreeWidget* m_list;
    QLineEdit* m_command;
    QCheckBox* m_automatic;
    QPushButton* m_openAgain;
    QPushButton* m_uploadNow;
    QPushButton* m_stop;
    QLabel* m_status;
    QHash<quint64, QPointer<QMessageBox>> m_questions;
};

} // namespace Ferry
