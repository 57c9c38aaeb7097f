#include "fileexistsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ferry {

namespace {

QString describe(qint64 size, const QDateTime& time)
{
    const QLocale locale;
    // "19 bytes"; "1.50 MiB (1,572,864 bytes)" where the rounded size hides the exact one.
    QString sizeText;
    if (size < 0)
        sizeText = FileExistsDialog::tr("size unknown");
    else if (size < 1024)
        sizeText = locale.formattedDataSize(size);
    else
        sizeText =
            FileExistsDialog::tr("%1 (%2 bytes)").arg(locale.formattedDataSize(size), locale.toString(size));
    if (!time.isValid())
        return sizeText;
    return FileExistsDialog::tr("%1, modified %2")
        .arg(sizeText, locale.toString(time.toLocalTime(), QLocale::ShortFormat));
}

} // namespace

FileExistsDialog::FileExistsDialog(const FileExistsQuestion& question, QWidget* parent)
    : QDialog(parent), m_question(question), m_applyToAll(new QCheckBox(this)),
      m_overwrite(new QPushButton(tr("&Overwrite"), this)),
      m_resume(question.canResume ? new QPushButton(tr("&Resume"), this) : nullptr),
      m_rename(new QPushButton(tr("&Keep both"), this)), m_skip(new QPushButton(tr("&Skip"), this))
{
    setObjectName(QStringLiteral("fileExistsDialog"));
    setWindowTitle(tr("File exists"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::NonModal);

    const bool upload = question.direction == TransferDirection::Upload;
    const QString target = upload ? question.targetPath : QDir::toNativeSeparators(question.targetPath);
    const QString source = upload ? QDir::toNativeSeparators(question.sourcePath) : question.sourcePath;
    auto* headline =
        new QLabel(upload ? tr("<b>%1</b> already exists on the server.").arg(target.toHtmlEscaped())
                          : tr("<b>%1</b> already exists.").arg(target.toHtmlEscaped()),
                   this);
    headline->setWordWrap(true);
    headline->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    auto* existing = new QLabel(describe(question.targetSize, question.targetTime), this);
    existing->setObjectName(QStringLiteral("existingFile"));
    auto* incoming = new QLabel(describe(question.sourceSize, question.sourceTime), this);
    incoming->setObjectName(QStringLiteral("newFile"));
    incoming->setToolTip(source);
    form->addRow(tr("Existing file:"), existing);
    form->addRow(upload ? tr("Your file:") : tr("Server's file:"), incoming);
    if (question.sourceTime.isValid() && question.targetTime.isValid()) {
        const qint64 delta = question.targetTime.secsTo(question.sourceTime);
        if (delta != 0) {
            auto* newer = new QLabel(
                delta > 0 ? tr("The existing file is older.") : tr("The existing file is newer."), this);
            form->addRow(QString(), newer);
        }
    }

    m_overwrite->setToolTip(tr("Replace the existing file"));
    m_rename->setToolTip(tr("Transfer under a free name such as \"name (1).ext\""));
    m_skip->setToolTip(tr("Leave the existing file alone"));
    m_applyToAll->setObjectName(QStringLiteral("applyToAll"));
    m_applyToAll->setText(tr("Do the same for &all other files that exist"));

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_overwrite, QDialogButtonBox::AcceptRole);
    if (m_resume) {
        // Only offered when the target is smaller. Not created otherwise: a hidden button added to a
        // QDialogButtonBox is shown again by its layout (Qt 6.4), so hiding it is not enough.
        m_resume->setToolTip(
            tr("Continue the existing file: it is smaller, as if an earlier transfer stopped"));
        buttons->addButton(m_resume, QDialogButtonBox::AcceptRole);
        connect(m_resume, &QPushButton::clicked, this, [this] { answer(FileExistsAction::Resume); });
    }
    buttons->addButton(m_rename, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_skip, QDialogButtonBox::RejectRole);
    m_skip->setDefault(true);
    connect(m_overwrite, &QPushButton::clicked, this, [this] { answer(FileExistsAction::Overwrite); });
    connect(m_rename, &QPushButton::clicked, this, [this] { answer(FileExistsAction::Rename); });
    connect(m_skip, &QPushButton::clicked, this, [this] { answer(FileExistsAction::Skip); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(headline);
    layout->addLayout(form);
    layout->addWidget(m_applyToAll);
    layout->addWidget(buttons);
}

QPushButton* FileExistsDialog::button(FileExistsAction action) const
{
    switch (action) {
    case FileExistsAction::Overwrite:
        return m_overwrite;
    case FileExistsAction::Resume:
        return m_resume;
    case FileExistsAction::Rename:
        return m_rename;
    case FileExistsAction::Skip:
        return m_skip;
    default:
        return nullptr;
    }
}

void FileExistsDialog::answer(FileExistsAction action)
{
    if (!m_answered) {
        m_answered = true;
        Q_EMIT answered(m_question.id, action,
                        m_applyToAll->isChecked() ? AnswerScope::AllJobs : AnswerScope::ThisFile);
    }
    accept();
}

void FileExistsDialog::withdraw()
{
    m_answered = true;
    reject();
}

void FileExistsDialog::done(int result)
{
    // Closed without a choice (Escape, the window's close button): the file is skipped, never left waiting.
    if (!m_answered) {
        m_answered = true;
        Q_EMIT answered(m_question.id, FileExistsAction::Skip, AnswerScope::ThisFile);
    }
    QDialog::done(result);
}

} // namespace Ferry
