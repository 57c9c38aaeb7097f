#include "logpanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

namespace Ferry {

namespace {
// During a burst, lines go into the view at most once per frame (60 Hz): one row insertion for all the
// lines of that frame, and one repaint of the rows on screen.
constexpr qint64 BurstIntervalMs = 16;
} // namespace

LogPanel::LogPanel(QWidget* parent)
    : QWidget(parent), m_levelBox(new QComboBox(this)), m_model(new LogModel(MaxEntries, this)),
      m_view(new QTreeView(this)), m_flushTimer(new QTimer(this))
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

    // One column, one row per line, rows of one height: the view lays out only what is on screen.
    m_view->setObjectName(QStringLiteral("logView"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->header()->setStretchLastSection(true); // the rows as wide as the view, or as the longest line
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setAccessibleName(tr("Message log"));
    QFont bold = m_view->font();
    bold.setBold(true);
    m_model->setErrorFont(bold);
    updateColors();

    auto* copy = new QAction(tr("&Copy"), m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &LogPanel::copySelection);
    auto* selectAll = new QAction(tr("Select &All"), m_view);
    selectAll->setShortcut(QKeySequence::SelectAll);
    selectAll->setShortcutContext(Qt::WidgetShortcut);
    connect(selectAll, &QAction::triggered, m_view, &QTreeView::selectAll);
    m_view->addAction(copy);
    m_view->addAction(selectAll);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

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
    connect(m_flushTimer, &QTimer::timeout, this, [this] { flushPending(); });
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
    if (!m_flushTimer->isActive()) {
        const qint64 since = m_lastFlush.isValid() ? m_lastFlush.elapsed() : BurstIntervalMs;
        m_flushTimer->start(int(std::max<qint64>(0, BurstIntervalMs - since)));
    }
}

void LogPanel::clear()
{
    m_entries.clear();
    m_pending.clear();
    m_model->clear();
    updateColumnWidth();
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
    flushPending();
    return m_model->allText();
}

QTreeView* LogPanel::view() const
{
    flushPending();
    return m_view;
}

void LogPanel::copySelection() const
{
    flushPending();
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList lines;
    lines.reserve(rows.size());
    for (const QModelIndex& row : std::as_const(rows))
        lines.append(m_model->text(row.row()));
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

void LogPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateColors();
}

void LogPanel::flushPending() const
{
    m_flushTimer->stop();
    if (m_pending.isEmpty())
        return;
    m_lastFlush.start();
    QScrollBar* bar = m_view->verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum() - 1;
    const qsizetype longest = m_model->longestLine();
    // Formatted here, not in append(): lines a burst pushes out before this never cost anything.
    QList<LogModel::Line> lines;
    lines.reserve(m_pending.size());
    for (const Entry& entry : std::as_const(m_pending))
        lines.append(lineOf(entry));
    m_pending.clear();
    m_model->append(std::move(lines));
    if (m_model->longestLine() != longest)
        updateColumnWidth();
    if (atBottom)
        m_view->scrollToBottom();
}

void LogPanel::updateColumnWidth() const
{
    // The log's font has a fixed pitch: the longest line's width without measuring every line (the
    // arrows may come from another font, hence the spare characters).
    const int charWidth = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int textWidth = int(m_model->longestLine() + 4) * charWidth;
    m_view->header()->setMinimumSectionSize(textWidth);
}

void LogPanel::updateColors()
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    m_model->setColors(dark ? QColor(120, 180, 255) : QColor(20, 70, 170),
                       dark ? QColor(130, 220, 140) : QColor(20, 110, 40),
                       palette().color(QPalette::Disabled, QPalette::Text),
                       dark ? QColor(255, 120, 110) : QColor(190, 20, 20));
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

LogModel::Line LogPanel::lineOf(const Entry& entry)
{
    QString marker;
    switch (entry.kind) {
    case FtpClient::LogKind::Command:
        marker = QStringLiteral("→");
        break;
    case FtpClient::LogKind::Reply:
        marker = QStringLiteral("←");
        break;
    case FtpClient::LogKind::Info:
        marker = QStringLiteral("·");
        break;
    case FtpClient::LogKind::Error:
        marker = QStringLiteral("!");
        break;
    }
    QString line = entry.time.toString(QStringLiteral("HH:mm:ss")) + QLatin1Char(' ');
    if (!entry.source.isEmpty())
        line += QLatin1Char('[') + entry.source + QStringLiteral("] ");
    line += marker + QLatin1Char(' ') + entry.text;
    return {line, entry.kind};
}

void LogPanel::rebuild()
{
    m_model->clear();
    m_pending.clear();
    for (const Entry& entry : std::as_const(m_entries)) {
        if (accepts(entry.kind))
            m_pending.append(entry);
    }
    flushPending();
}

} // namespace Ferry
