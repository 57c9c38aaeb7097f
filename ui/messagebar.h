#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace Ferry {

// An inline message shown at the top of a pane, where the problem happened (e.g. "Could not list
// /pub: 550 Permission denied"): never modal, closed with its button or replaced by the next message.
class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    enum class Kind
    {
        Info,
        Error
    };

    explicit MessageBar(QWidget* parent = nullptr);
    ~MessageBar() override;

    void showMessage(Kind kind, const QString& text);
    Kind kind() const { return m_kind; }
    QString text() const;

private:
    QLabel* m_icon;
    QLabel* m_text;
    QToolButton* m_close;
    Kind m_kind = Kind::Info;
};

} // namespace Ferry
