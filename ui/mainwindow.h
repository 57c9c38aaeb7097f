#pragma once

#include <QMainWindow>

namespace Ferry {

// The main window. For now a placeholder that shows what Ferry is; the dual-pane client, the transfer
// queue and the server panel arrive with the desktop application issue.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;
};

} // namespace Ferry
