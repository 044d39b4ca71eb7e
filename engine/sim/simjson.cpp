// JSON writing helpers of the simulation.
#include "sim/simjson.h"

#include "json/reader.h"
#include "json/writer.h"

namespace engine::sim {

std::string compactJson(const json::Value &value)
{
    return json::write(value);
}

std::string principalJson(const RequestPrincipal &principal)
{
    switch (principal.form) {
    case RequestPrincipal::Form::Arn:
        return json::quote(principal.text);
    case RequestPrincipal::Form::Anonymous:
        return "\"anonymous\"";
    case RequestPrincipal::Form::Service:
        return "{\"Service\":" + json::quote(principal.text) + "}";
    case RequestPrincipal::Form::Federated:
        return "{\"Federated\":" + json::quote(principal.text) + "}";
    case RequestPrincipal::Form::CanonicalUser:
        return "{\"CanonicalUser\":" + json::quote(principal.text) + "}";
    }
    return "\"anonymous\"";
}

std::string matchedJson(const std::vector<MatchedStatement> &matched)
{
    std::string out = "[";
    for (std::size_t i = 0; i < matched.size(); ++i) {
        const MatchedStatement &m = matched[i];
        if (i > 0)
            out += ',';
        out += "{\"sid\":";
        out += m.sid ? json::quote(*m.sid) : std::string("null");
        out += ",\"index\":" + std::to_string(m.index);
        out += ",\"effect\":";
        out += m.effect == Effect::Allow ? "\"Allow\"" : "\"Deny\"";
        out += ",\"principalMatch\":\"";
        out += principalMatchName(m.principalMatch);
        out += "\"}";
    }
    out += ']';
    return out;
}

} // namespace engine::sim
