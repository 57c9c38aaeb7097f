#pragma once

#include <QKeySequence>
#include <QString>

class QAction;
class QWidget;

namespace Ferry {

// A named action (objectName, for tests and the key map) with an icon from :/ui/icons/<icon>.svg and a
// shortcut, added to `owner` so that its key works while the owner (or, by the context, its children)
// has the focus.
QAction* createAction(QWidget* owner, const QString& name, const QString& icon, const QString& text,
                      const QKeySequence& key = QKeySequence(),
                      Qt::ShortcutContext context = Qt::WindowShortcut);

} // namespace Ferry
