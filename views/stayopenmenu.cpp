#include "stayopenmenu.h"

#include <QAction>
#include <QKeyEvent>
#include <QMouseEvent>

namespace views {

bool StayOpenMenu::toggleActive()
{
    QAction *action = activeAction();
    if (!action || !action->isCheckable() || !action->isEnabled() || action->menu())
        return false;
    action->trigger();
    return true;
}

void StayOpenMenu::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && actionAt(event->position().toPoint()) == activeAction()
        && toggleActive()) {
        event->accept();
        return;
    }
    QMenu::mouseReleaseEvent(event);
}

void StayOpenMenu::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if ((key == Qt::Key_Space || key == Qt::Key_Return || key == Qt::Key_Enter) && toggleActive()) {
        event->accept();
        return;
    }
    QMenu::keyPressEvent(event);
}

} // namespace views
