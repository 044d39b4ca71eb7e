#include "eval/decision.h"

#include "json/reader.h"

namespace engine {

const char *outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Allowed:
        return "Allowed";
    case Outcome::ExplicitlyDenied:
        return "ExplicitlyDenied";
    case Outcome::ImplicitlyDenied:
        return "ImplicitlyDenied";
    case Outcome::Unknown:
        return "Unknown";
    }
    return "Unknown";
}

const char *principalMatchName(PrincipalMatch match)
{
    switch (match) {
    case PrincipalMatch::Direct:
        return "direct";
    case PrincipalMatch::Wildcard:
        return "wildcard";
    case PrincipalMatch::Account:
        return "account";
    }
    return "direct";
}

std::string toJson(const Decision &decision)
{
    std::string out;
    out.reserve(160 + decision.explain.size() + 80 * decision.matched.size());
    out += "{\"decision\":\"";
    out += outcomeName(decision.decision);
    out += "\",\"effectiveDecision\":\"";
    out += outcomeName(decision.effectiveDecision);
    out += "\",\"matched\":[";
    for (std::size_t i = 0; i < decision.matched.size(); ++i) {
        const MatchedStatement &m = decision.matched[i];
        if (i > 0)
            out += ',';
        out += "{\"sid\":";
        out += m.sid ? json::quote(*m.sid) : std::string("null");
        out += ",\"index\":";
        out += std::to_string(m.index);
        out += ",\"effect\":\"";
        out += m.effect == Effect::Allow ? "Allow" : "Deny";
        out += "\",\"principalMatch\":\"";
        out += principalMatchName(m.principalMatch);
        out += "\"}";
    }
    out += "],\"explain\":";
    out += json::quote(decision.explain);
    out += ",\"warnings\":[";
    for (std::size_t i = 0; i < decision.warnings.size(); ++i) {
        if (i > 0)
            out += ',';
        out += json::quote(decision.warnings[i]);
    }
    out += "]}";
    return out;
}

} // namespace engine
