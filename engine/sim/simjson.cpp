// JSON writing helpers of the simulation.
#include "sim/simjson.h"

#include "json/reader.h"

namespace engine::sim {

namespace {

void append(std::string &out, const json::Value &value)
{
    switch (value.kind) {
    case json::Kind::Null:
        out += "null";
        return;
    case json::Kind::Bool:
    case json::Kind::Number:
        out += value.text;
        return;
    case json::Kind::String:
        out += json::quote(value.text);
        return;
    case json::Kind::Array:
        out += '[';
        for (std::size_t i = 0; i < value.items.size(); ++i) {
            if (i > 0)
                out += ',';
            append(out, value.items[i]);
        }
        out += ']';
        return;
    case json::Kind::Object:
        out += '{';
        for (std::size_t i = 0; i < value.members.size(); ++i) {
            if (i > 0)
                out += ',';
            out += json::quote(value.members[i].key);
            out += ':';
            append(out, value.members[i].value);
        }
        out += '}';
        return;
    }
}

} // namespace

std::string compactJson(const json::Value &value)
{
    std::string out;
    append(out, value);
    return out;
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
