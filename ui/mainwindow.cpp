#include "mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>

namespace Ferry {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Ferry"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/ferry.svg")));

    auto* label = new QLabel(tr("<h2>Ferry</h2><p>File transfer over FTP, for boards and desktops.</p>"
                                "<p>The dual-pane client and the server panel are on their way. "
                                "Until then, use the command line: <code>ferry --help</code>.</p>"),
                             this);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    setCentralWidget(label);

    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    statusBar()->showMessage(tr("Not connected"));
    resize(900, 600);
}

MainWindow::~MainWindow() = default;

} // namespace Ferry
