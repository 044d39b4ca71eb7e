#include "sim/scenario.h"

#include "sim/simjson.h"

#include "json/reader.h"
#include "json/writer.h"

#include <algorithm>
#include <iterator>


namespace engine::sim {

namespace {

std::optional<Outcome> outcomeFromName(std::string_view name)
{
    for (Outcome outcome : {Outcome::Allowed, Outcome::ExplicitlyDenied,
                            Outcome::ImplicitlyDenied, Outcome::Unknown}) {
        if (name == outcomeName(outcome))
            return outcome;
    }
    return std::nullopt;
}

std::optional<PrincipalMatch> principalMatchFromName(std::string_view name)
{
    for (PrincipalMatch match :
         {PrincipalMatch::Account, PrincipalMatch::Wildcard, PrincipalMatch::Direct}) {
        if (name == principalMatchName(match))
            return match;
    }
    return std::nullopt;
}

std::optional<MatchedStatement> readMatched(const json::Value &item, std::string &error)
{
    if (!item.isObject()) {
        error = "a \"matched\" entry must be an object";
        return std::nullopt;
    }
    MatchedStatement matched;
    const json::Value *sid = item.find("sid");
    if (sid && sid->isString())
        matched.sid = sid->text;
    else if (sid && sid->kind != json::Kind::Null) {
        error = "\"sid\" must be a string or null";
        return std::nullopt;
    }
    const json::Value *index = item.find("index");
    if (!index || index->kind != json::Kind::Number || index->text.empty()
        || index->text.find_first_not_of("0123456789") != std::string::npos
        || index->text.size() > 9) {
        error = "\"index\" must be a non-negative integer";
        return std::nullopt;
    }
    matched.index = std::stoi(index->text);
    const json::Value *effect = item.find("effect");
    if (!effect || !effect->isString() || (effect->text != "Allow" && effect->text != "Deny")) {
        error = "\"effect\" must be \"Allow\" or \"Deny\"";
        return std::nullopt;
    }
    matched.effect = effect->text == "Allow" ? Effect::Allow : Effect::Deny;
    const json::Value *kind = item.find("principalMatch");
    const auto match = kind && kind->isString() ? principalMatchFromName(kind->text) : std::nullopt;
    if (!match) {
        error = "\"principalMatch\" must be \"direct\", \"wildcard\" or \"account\"";
        return std::nullopt;
    }
    matched.principalMatch = *match;
    return matched;
}

std::optional<Expectation> readExpectation(const json::Value &value, std::string &error)
{
    if (!value.isObject()) {
        error = "\"expect\" must be an object";
        return std::nullopt;
    }
    Expectation expect;
    for (const json::Member &member : value.members) {
        if (member.key == "decision" || member.key == "effectiveDecision") {
            const auto outcome =
                member.value.isString() ? outcomeFromName(member.value.text) : std::nullopt;
            if (!outcome) {
                error = "\"" + member.key + "\" must be an outcome such as \"Allowed\"";
                return std::nullopt;
            }
            (member.key == "decision" ? expect.decision : expect.effectiveDecision) = outcome;
        } else if (member.key == "matched") {
            if (!member.value.isArray()) {
                error = "\"matched\" must be an array";
                return std::nullopt;
            }
            std::vector<MatchedStatement> list;
            for (const json::Value &item : member.value.items) {
                auto matched = readMatched(item, error);
                if (!matched)
                    return std::nullopt;
                list.push_back(std::move(*matched));
            }
            expect.matched = std::move(list);
        } else {
            error = "unknown member \"" + member.key + "\" in \"expect\"";
            return std::nullopt;
        }
    }
    return expect;
}

std::string describeMatched(const std::vector<MatchedStatement> &list)
{
    std::string text = "[";
    for (const MatchedStatement &m : list) {
        if (text.size() > 1)
            text += ", ";
        text += "#" + std::to_string(m.index) + (m.sid ? " " + json::quote(*m.sid) : "") + " "
                + (m.effect == Effect::Allow ? "Allow" : "Deny") + " "
                + principalMatchName(m.principalMatch);
    }
    return text + "]";
}

} // namespace

ScenarioLine readScenarioLine(std::string_view line)
{
    ScenarioLine result;
    // Read once: the request is taken from the same tree, without its "expect" member.
    const json::ReadResult parsed = json::read(line);
    RequestReadResult request;
    if (!parsed.ok) {
        request.error = "not valid JSON: " + parsed.error.toString();
    } else {
        request = readRequest(parsed.value, "expect");
        if (const json::Value *expect = parsed.value.isObject() ? parsed.value.find("expect")
                                                                : nullptr)
            result.expect = readExpectation(*expect, result.expectError);
    }
    result.request = std::move(request.request);
    result.error = std::move(request.error);
    if (!result.request && result.error.empty())
        result.error = "not a valid request";
    return result;
}

std::vector<std::string> unmetExpectations(const Expectation &expect, const Decision &decision)
{
    std::vector<std::string> unmet;
    if (expect.decision && *expect.decision != decision.decision) {
        unmet.push_back(std::string("decision: expected ") + outcomeName(*expect.decision)
                        + ", got " + outcomeName(decision.decision));
    }
    if (expect.effectiveDecision && *expect.effectiveDecision != decision.effectiveDecision) {
        unmet.push_back(std::string("effectiveDecision: expected ")
                        + outcomeName(*expect.effectiveDecision) + ", got "
                        + outcomeName(decision.effectiveDecision));
    }
    if (expect.matched && *expect.matched != decision.matched) {
        unmet.push_back("matched: expected " + describeMatched(*expect.matched) + ", got "
                        + describeMatched(decision.matched));
    }
    return unmet;
}

bool isCommentOrBlankLine(std::string_view line)
{
    const auto first = line.find_first_not_of(" \t\r");
    return first == std::string_view::npos || line[first] == '#';
}

std::string expectationJson(const Expectation &expect)
{
    std::string out = "{";
    auto add = [&out](std::string_view key, const std::string &value) {
        if (out.size() > 1)
            out += ',';
        out += json::quote(key) + ':' + value;
    };
    if (expect.decision)
        add("decision", json::quote(outcomeName(*expect.decision)));
    if (expect.effectiveDecision)
        add("effectiveDecision", json::quote(outcomeName(*expect.effectiveDecision)));
    if (expect.matched)
        add("matched", matchedJson(*expect.matched));
    return out + '}';
}

std::optional<std::string> withExpectation(std::string_view line,
                                           const std::optional<Expectation> &expect)
{
    json::ReadResult parsed = json::read(line);
    if (!parsed.ok || !parsed.value.isObject())
        return std::nullopt;
    std::vector<json::Member> &members = parsed.value.members;
    auto at = std::find_if(members.begin(), members.end(),
                           [](const json::Member &m) { return m.key == "expect"; });
    if (!expect) {
        std::erase_if(members, [](const json::Member &m) { return m.key == "expect"; });
        return compactJson(parsed.value);
    }
    json::ReadResult value = json::read(expectationJson(*expect));
    if (at == members.end()) {
        members.push_back(json::Member{"expect", {}, std::move(value.value)});
    } else {
        at->value = std::move(value.value);
        // Only the first "expect" counts; drop any duplicates so the line says one thing.
        auto next = std::next(at);
        members.erase(std::remove_if(next, members.end(),
                                     [](const json::Member &m) { return m.key == "expect"; }),
                      members.end());
    }
    return compactJson(parsed.value);
}

} // namespace engine::sim
