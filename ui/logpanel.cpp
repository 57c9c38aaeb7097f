#include "logpanel.h"

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ferry {

namespace {
// How long one turn of the event loop may spend laying out log lines, how many lines go in at once, and
// how long the rest of a burst waits for the next slice (one frame at 60 Hz: at most a quarter of the
// window's thread goes to the log; lines that a burst pushes out of the last MaxEntries meanwhile are
// never laid out).
constexpr qint64 SliceMs = 4;
constexpr int LinesPerEdit = 16;
constexpr int BurstIntervalMs = 16;
} // namespace

LogPanel::LogPanel(QWidget* parent)
    : QWidget(parent), m_levelBox(new QComboBox(this)), m_view(new QPlainTextEdit(this)),
      m_flushTimer(new QTimer(this))
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
    m_view->setMaximumBlockCount(MaxEntries); // the oldest lines leave from the top as new ones come
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
    m_flushTimer->setObjectName(QStringLiteral("logFlushTimer"));
    m_flushTimer->setSingleShot(true);
    connect(m_flushTimer, &QTimer::timeout, this, [this] { flushPending(Flush::Slice); });
}

LogPanel::~LogPanel() = default;

void LogPanel::append(FtpClient::LogKind kind, const QString& text, const QString& source)
{
    Entry entry{QTime::currentTime(), kind, source, text};
    m_entries.append(entry);
    if (m_entries.size() > MaxEntries)
        m_entries.removeFirst();
    if (!accepts(kind))
        return;
    m_pending.append(entry);
    if (m_pending.size() > MaxEntries)
        m_pending.removeFirst(); // would leave the view at once
    if (!m_flushTimer->isActive())
        m_flushTimer->start(0);
}

void LogPanel::clear()
{
    m_entries.clear();
    m_pending.clear();
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
    flushPending(Flush::All);
    return m_view->toPlainText();
}

QPlainTextEdit* LogPanel::textView() const
{
    flushPending(Flush::All);
    return m_view;
}

void LogPanel::flushPending(Flush how) const
{
    if (m_pending.isEmpty())
        return;
    QElapsedTimer clock;
    clock.start();
    QScrollBar* bar = m_view->verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum() - 2;
    QTextDocument* document = m_view->document();
    qsizetype taken = 0;
    while (taken < m_pending.size() && (how == Flush::All || taken == 0 || clock.elapsed() < SliceMs)) {
        QTextCursor cursor(document);
        cursor.beginEditBlock();
        cursor.movePosition(QTextCursor::End);
        for (int n = 0; n < LinesPerEdit && taken < m_pending.size(); ++n)
            appendToView(cursor, m_pending.at(taken++));
        cursor.endEditBlock();
    }
    m_pending.remove(0, taken);
    if (atBottom)
        bar->setValue(bar->maximum());
    if (!m_pending.isEmpty())
        m_flushTimer->start(BurstIntervalMs);
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

void LogPanel::appendToView(QTextCursor& cursor, const Entry& entry) const
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

    if (!m_view->document()->isEmpty())
        cursor.insertBlock();
    cursor.insertText(line, format);
}

void LogPanel::rebuild()
{
    m_view->clear();
    m_pending.clear();
    for (const Entry& entry : std::as_const(m_entries)) {
        if (accepts(entry.kind))
            m_pending.append(entry);
    }
    m_flushTimer->start(0);
}

} // namespace Ferry
