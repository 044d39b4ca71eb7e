// A menu of check boxes that stays open while they are ticked (a multi-select list, such as
// the Simulation's actions): a click, Space or Enter on a checkable item toggles it and keeps
// the menu open; other items behave as in any menu. Escape or a click outside closes it.
#pragma once

#include <QMenu>

namespace views {

class StayOpenMenu : public QMenu
{
    Q_OBJECT

public:
    using QMenu::QMenu;

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool toggleActive(); // false when the active item is not a checkable, enabled one
};

} // namespace views
