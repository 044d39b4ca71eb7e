// SimulationPanel, continued: the added principals as values to remember per file (issue 5 §1).
#include "simulationpanel.h"

#include <QVariantMap>

namespace views {

namespace {

const QString principalKey = QStringLiteral("principal");
const QString policiesKey = QStringLiteral("identityPolicies");

} // namespace

bool SimulationPanel::removeAddedPrincipal(int index)
{
    if (index < 0 || index >= addedPrincipalCount())
        return false;
    std::vector<AddedPrincipal> added = m_session->addedPrincipals();
    added.erase(added.begin() + index);
    m_session->setAddedPrincipals(std::move(added));
    recompute();
    emit userInputChanged();
    return true;
}

QVariantList SimulationPanel::addedPrincipals() const
{
    QVariantList list;
    for (const AddedPrincipal &added : m_session->addedPrincipals()) {
        QVariantMap entry;
        entry.insert(principalKey, added.principal);
        entry.insert(policiesKey, added.identityPolicies);
        list << entry;
    }
    return list;
}

void SimulationPanel::setAddedPrincipals(const QVariantList &principals)
{
    std::vector<AddedPrincipal> added;
    for (const QVariant &value : principals) {
        const QVariantMap entry = value.toMap();
        const QString principal = entry.value(principalKey).toString().trimmed();
        if (!principal.isEmpty())
            added.push_back({principal, entry.value(policiesKey).toStringList()});
    }
    m_session->setAddedPrincipals(std::move(added));
    recompute();
}

} // namespace views
