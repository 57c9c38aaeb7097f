#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace Ferry {

// A value the user carries to the other side (a URL to type, a fingerprint to compare): read-only text
// and a copy button that puts it on the clipboard and says so next to the button. The texts come from
// the caller (its own translations).
class CopyableField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CopyableField)

public:
    struct Texts
    {
        QString toolTip;        // on the button: "Copy ftp://…"
        QString copied;         // shown once copied: "Copied ftp://…"
        QString accessibleName; // the button's, for screen readers: "Copy URL"
    };

    CopyableField(const QString& value, const Texts& texts, QWidget* parent = nullptr);

    // Puts `value` on the clipboard and shows `message` below `anchor` (a copy button).
    static void copy(QWidget* anchor, const QString& value, const QString& message);

    QString value() const { return m_value; }
    QLineEdit* textEdit() const { return m_text; }
    QToolButton* copyButton() const { return m_copy; }

private:
    QString m_value;
    QLineEdit* m_text;
    QToolButton* m_copy;
};

} // namespace Ferry
