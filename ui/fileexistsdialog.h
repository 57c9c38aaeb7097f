#pragma once

#include "transfer/transfertypes.h"

#include <QDialog>

class QCheckBox;
class QPushButton;

namespace Ferry {

// The transfer queue's question when a target exists and the policy is "ask": both files' sizes and
// dates side by side, and Overwrite, Resume (when the target is smaller), Keep both, or Skip, with "apply
// to all" for the remaining conflicts of every transfer. Non-modal for the window (other transfers go on
// while it waits); closing it skips the file.
class FileExistsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileExistsDialog)

public:
    explicit FileExistsDialog(const FileExistsQuestion& question, QWidget* parent = nullptr);

    quint64 questionId() const { return m_question.id; }
    const FileExistsQuestion& question() const { return m_question; }
    // The button of an answer; nullptr for Resume when the target is not smaller (not offered).
    QPushButton* button(FileExistsAction action) const;
    QCheckBox* applyToAllBox() const { return m_applyToAll; }
    // The queue settled the question without it (job paused or canceled): close without answering.
    void withdraw();

Q_SIGNALS:
    void answered(quint64 questionId, Ferry::FileExistsAction action, Ferry::AnswerScope scope);

protected:
    void done(int result) override;

private:
    void answer(FileExistsAction action);

    FileExistsQuestion m_question;
    QCheckBox* m_applyToAll;
    QPushButton* m_overwrite;
    QPushButton* m_resume; // nullptr unless the question can resume
    QPushButton* m_rename;
    QPushButton* m_skip;
    bool m_answered = false;
};

} // namespace Ferry
