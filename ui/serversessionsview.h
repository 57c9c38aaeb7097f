#pragma once

#include <QTableView>

namespace Ferry {

class ServerSessionModel;

// The server panel's connected sessions, one row each. Columns are sized by fitColumns(): each as wide as
// its header and contents, the current action gets what is left (never less than its header) and elides
// in the middle; they are fitted again when sessions come, go or change and when the view is resized.
class ServerSessionsView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerSessionsView)

public:
    explicit ServerSessionsView(ServerSessionModel* model, QWidget* parent = nullptr);
    ~ServerSessionsView() override;

    void fitColumns();
    // The width a typical session's columns take whole (an IPv4 client, a user, the action's header,
    // both byte counts), frame included.
    int typicalWidth() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace Ferry
