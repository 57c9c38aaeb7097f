#include "actionfactory.h"

#include <QAction>
#include <QIcon>
#include <QWidget>

namespace Ferry {

QAction* createAction(QWidget* owner, const QString& name, const QString& icon, const QString& text,
                      const QKeySequence& key, Qt::ShortcutContext context)
{
    auto* action = new QAction(text, owner);
    action->setObjectName(name);
    if (!icon.isEmpty())
        action->setIcon(QIcon(QStringLiteral(":/ui/icons/%1.svg").arg(icon)));
    if (!key.isEmpty()) {
        action->setShortcut(key);
        action->setShortcutContext(context);
    }
    owner->addAction(action);
    return action;
}

} // namespace Ferry
