#include "logpanel.h"

#include <QAction>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ferry {

LogPanel::LogPanel(QWidget* parent)
    : QWidget(parent), m_levelBox(new QComboBox(this)), m_view(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("logPanel"));
    m_levelBox->addItem(tr("Everything"), int(Level::All));
    m_levelBox->addItem(tr("Commands, replies and errors"), int(Level::Dialogue));
    m_levelBox->addItem(tr("Errors only"), int(Level::Errors));
    m_levelBox->setAccessibleName(tr("Log level"));
    auto* levelLabel = new QLabel(tr("&Show:"), this);
    levelLabel->setBuddy(m_levelBox);

    auto* clearButton = new QToolButton(this);
    clearButton->setIcon(QIcon(QStringLiteral(":/ui/icons/clear.svg")));
    clearButton->setToolTip(tr("Clear the log"));
    clearButton->setAccessibleName(tr("Clear log"));
    clearButton->setAutoRaise(true);

    m_view->setReadOnly(true);
    m_view->setUndoRedoEnabled(false);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_view->setAccessibleName(tr("Message log"));

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(levelLabel);
    top->addWidget(m_levelBox);
    top->addStretch(1);
    top->addWidget(clearButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_levelBox, &QComboBox::currentIndexChanged, this,
            [this](int index) { setLevel(static_cast<Level>(m_levelBox->itemData(index).toInt())); });
    connect(clearButton, &QToolButton::clicked, this, &LogPanel::clear);
}

LogPanel::~LogPanel() = default;

void LogPanel::append(FtpClient::LogKind kind, const QString& text, const QString& source)
{
    Entry entry{QTime::currentTime(), kind, source, text};
    m_entries.append(entry);
    if (m_entries.size() > MaxEntries) {
        m_entries.removeFirst();
        if (m_view->document()->blockCount() > MaxEntries) {
            QTextCursor cursor(m_view->document()->firstBlock());
            cursor.select(QTextCursor::BlockUnderCursor);
            cursor.movePosition(QTextCursor::NextBlock, QTextCursor::KeepAnchor);
            cursor.removeSelectedText();
        }
    }
    if (accepts(kind))
        appendToView(entry);
}

void LogPanel::clear()
{
    m_entries.clear();
    m_view->clear();
}

void LogPanel::setLevel(Level level)
{
    if (m_level == level)
        return;
    m_level = level;
    const int index = m_levelBox->findData(int(level));
    if (index >= 0 && index != m_levelBox->currentIndex())
        m_levelBox->setCurrentIndex(index);
    rebuild();
}

QString LogPanel::visibleText() const
{
    return m_view->toPlainText();
}

bool LogPanel::accepts(FtpClient::LogKind kind) const
{
    switch (m_level) {
    case Level::All:
        return true;
    case Level::Dialogue:
        return kind != FtpClient::LogKind::Info;
    case Level::Errors:
        return kind == FtpClient::LogKind::Error;
    }
    return true;
}

void LogPanel::appendToView(const Entry& entry)
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    QTextCharFormat format;
    QString marker;
    switch (entry.kind) {
    case FtpClient::LogKind::Command:
        format.setForeground(dark ? QColor(120, 180, 255) : QColor(20, 70, 170));
        marker = QStringLiteral("→");
        break;
    case FtpClient::LogKind::Reply:
        format.setForeground(dark ? QColor(130, 220, 140) : QColor(20, 110, 40));
        marker = QStringLiteral("←");
        break;
    case FtpClient::LogKind::Info:
        format.setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        marker = QStringLiteral("·");
        break;
    case FtpClient::LogKind::Error:
        format.setForeground(dark ? QColor(255, 120, 110) : QColor(190, 20, 20));
        format.setFontWeight(QFont::Bold);
        marker = QStringLiteral("!");
        break;
    }
    QString line = entry.time.toString(QStringLiteral("HH:mm:ss")) + QLatin1Char(' ');
    if (!entry.source.isEmpty())
        line += QLatin1Char('[') + entry.source + QStringLiteral("] ");
    line += marker + QLatin1Char(' ') + entry.text;

    QScrollBar* bar = m_view->verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum() - 2;
    QTextCursor cursor(m_view->document());
    cursor.movePosition(QTextCursor::End);
    if (!m_view->document()->isEmpty())
        cursor.insertBlock();
    cursor.insertText(line, format);
    if (atBottom)
        bar->setValue(bar->maximum());
}

void LogPanel::rebuild()
{
    m_view->clear();
    for (const Entry& entry : std::as_const(m_entries)) {
        if (accepts(entry.kind))
            appendToView(entry);
    }
}

} // namespace Ferry
