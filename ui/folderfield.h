#pragma once

#include <QWidget>

class QLineEdit;

namespace Ferry {

// A local folder's path to type, with a "…" button that picks it in a (non-modal) folder dialog. Shows
// native separators; path() gives it back with '/'.
class FolderField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FolderField)

public:
    FolderField(const QString& dialogTitle, QWidget* parent = nullptr);
    ~FolderField() override;

    QLineEdit* lineEdit() const { return m_edit; }
    QString path() const;
    void setPath(const QString& path);

private:
    QLineEdit* m_edit;
    QString m_title;
};

} // namespace Ferry
