// The analysis's outputs: JSON (findings, differences, the normal form) and the text for people.
#include "analysis/analysis.h"

#include "values/glob.h"
#include "values/text.h"
#include "json/reader.h"
#include "json/writer.h"
#include "policy/policyreader.h"
#include "sim/simjson.h"

#include <algorithm>
#include <map>

namespace engine::analysis {

namespace {

std::string pretty(const std::string &compact)
{
    const json::ReadResult r = json::read(compact);
    return r.ok ? json::write(r.value, 2) : compact;
}

std::string stringList(const std::vector<std::string> &values)
{
    std::string out = "[";
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += ',';
        out += json::quote(values[i]);
    }
    return out + "]";
}

std::string intList(const std::vector<int> &values)
{
    std::string out = "[";
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += ',';
        out += std::to_string(values[i]);
    }
    return out + "]";
}

std::string stagesJson(const Stages &s)
{
    return "{\"named\":" + stringList(s.named) + ",\"otherLabels\":"
           + (s.otherLabels ? "true" : "false") + ",\"noStage\":" + (s.noStage ? "true" : "false")
           + "}";
}

std::string shortAction(const std::string &action)
{
    return action.substr(action.find(':') + 1);
}

std::string joined(const std::vector<std::string> &items, std::string_view separator)
{
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += separator;
        out += items[i];
    }
    return out;
}

// Every finding as a statement of the normal form.
std::string statementJson(const Finding &f, const std::string &secret)
{
    std::string out = "{\"Effect\":";
    out += f.effect == Effect::Allow ? "\"Allow\"" : "\"Deny\"";
    out += ",\"Principal\":" + f.principal;
    out += ",\"Action\":" + stringList(f.actions);
    out += ",\"Resource\":" + json::quote(secret);
    if (!f.condition.empty())
        out += ",\"Condition\":" + conditionJson(f.condition);
    return out + "}";
}

struct Group
{
    const char *title;
    std::vector<std::string> actions; // short names
};

const std::vector<Group> &groups()
{
    static const std::vector<Group> g{
        {"Read the value", {"GetSecretValue"}},
        {"Read metadata", {"DescribeSecret", "ListSecretVersionIds", "GetResourcePolicy"}},
        {"Change the value or versions",
         {"PutSecretValue", "UpdateSecret", "UpdateSecretVersionStage", "RotateSecret",
          "CancelRotateSecret"}},
        {"Lifecycle",
         {"DeleteSecret", "RestoreSecret", "ReplicateSecretToRegions",
          "RemoveRegionsFromReplication", "StopReplicationToReplica"}},
        {"Policy management", {"PutResourcePolicy", "DeleteResourcePolicy", "ValidateResourcePolicy"}},
        {"Tagging", {"TagResource", "UntagResource"}},
    };
    return g;
}

std::string stagesWords(const Stages &s, const std::vector<std::string> &labels)
{
    std::vector<std::string> parts;
    if (s.noStage)
        parts.push_back("no stage named (the default call)");
    for (const std::string &n : s.named)
        parts.push_back(n);
    if (s.otherLabels)
        parts.push_back("other labels");
    if (parts.empty())
        return "no stage";
    if (s.noStage && s.otherLabels && s.named.size() == labels.size())
        return "any stage or none";
    if (!s.noStage && !s.otherLabels)
        return joined(parts, ", ") + ", when the caller names "
               + (s.named.size() == 1 ? "it" : "one of them");
    return joined(parts, ", ");
}

const char *reachMark(Reach r)
{
    switch (r) {
    case Reach::Public: return "[public] ";
    case Reach::OtherAccounts: return "[other account] ";
    case Reach::Organization: return "[organization] ";
    case Reach::Service: return "[service] ";
    case Reach::SameAccount: return "";
    }
    return "";
}

std::string statementsWords(const std::vector<int> &statements)
{
    if (statements.empty())
        return "";
    std::vector<std::string> items;
    for (int s : statements)
        items.push_back(std::to_string(s));
    return std::string("  [statement") + (items.size() > 1 ? "s " : " ") + joined(items, ", ") + "]";
}

std::string valueWords(const std::vector<std::string> &values, std::string_view conjunction)
{
    std::vector<std::string> items;
    for (const std::string &v : values)
        items.push_back(v.empty() ? "\"\"" : v);
    if (items.size() <= 1)
        return items.empty() ? "nothing" : items[0];
    const std::string last = items.back();
    items.pop_back();
    return joined(items, ", ") + " " + std::string(conjunction) + " " + last;
}

std::string comparisonWords(Operator op, bool negatedText)
{
    switch (op) {
    case Operator::StringEquals: return negatedText ? "is not" : "is";
    case Operator::StringNotEquals: return "is not";
    case Operator::StringEqualsIgnoreCase: return "is, ignoring case,";
    case Operator::StringNotEqualsIgnoreCase: return "is not, ignoring case,";
    case Operator::StringLike: return "matches";
    case Operator::StringNotLike: return "does not match";
    case Operator::NumericEquals:
    case Operator::DateEquals: return "equals";
    case Operator::NumericNotEquals:
    case Operator::DateNotEquals: return "does not equal";
    case Operator::NumericLessThan: return "is less than";
    case Operator::NumericLessThanEquals: return "is at most";
    case Operator::NumericGreaterThan: return "is greater than";
    case Operator::NumericGreaterThanEquals: return "is at least";
    case Operator::DateLessThan: return "is before";
    case Operator::DateLessThanEquals: return "is at or before";
    case Operator::DateGreaterThan: return "is after";
    case Operator::DateGreaterThanEquals: return "is at or after";
    case Operator::Bool: return "is";
    case Operator::BinaryEquals: return "is";
    case Operator::IpAddress: return "is in";
    case Operator::NotIpAddress: return "is not in";
    case Operator::ArnEquals:
    case Operator::ArnLike: return "matches the ARN";
    case Operator::ArnNotEquals:
    case Operator::ArnNotLike: return "does not match the ARN";
    case Operator::Null: return "is";
    }
    return "is";
}

std::string atomWords(const ConditionAtom &a)
{
    const std::optional<ParsedOperator> p = parseOperatorName(a.op);
    if (!p)
        return a.op + " " + a.key + " " + valueWords(a.values, "or");
    if (p->op == Operator::Null) {
        if (p->qualifier != Qualifier::None)
            return a.op + " " + a.key;
        const bool absent = !a.values.empty() && values::equalsAsciiIgnoreCase(a.values[0], "true");
        return a.key + (absent ? " is absent" : " is present");
    }
    const bool negated = isNegated(p->op);
    std::string subject = a.key;
    if (p->qualifier == Qualifier::ForAnyValue)
        subject = "some value of " + a.key;
    else if (p->qualifier == Qualifier::ForAllValues)
        subject = "every value of " + a.key;
    std::string text = subject + " " + comparisonWords(p->op, false) + " "
                       + valueWords(a.values, negated ? "nor" : "or");
    if (p->ifExists || (negated && p->qualifier == Qualifier::None))
        text += " (or is absent)";
    else if (p->qualifier == Qualifier::ForAllValues)
        text += " (or is absent)";
    return text;
}

} // namespace

std::string conditionWords(const std::vector<ConditionAtom> &atoms)
{
    std::vector<std::string> parts;
    for (const ConditionAtom &a : atoms)
        parts.push_back(atomWords(a));
    return joined(parts, " and ");
}

std::string requestJson(const Request &request)
{
    std::string out = "{\"principal\":" + sim::principalJson(request.principal);
    out += ",\"action\":" + json::quote(request.action);
    out += ",\"resource\":" + json::quote(request.resource);
    if (!request.context.empty()) {
        out += ",\"context\":{";
        for (std::size_t i = 0; i < request.context.size(); ++i) {
            const ContextEntry &e = request.context[i];
            if (i > 0)
                out += ',';
            out += json::quote(e.key) + ":";
            out += e.value.isList ? stringList(e.value.values) : json::quote(e.value.values.at(0));
        }
        out += "}";
    }
    return out + "}";
}

std::string conditionJson(const std::vector<ConditionAtom> &atoms, int indent)
{
    std::vector<std::string> ops;
    std::map<std::string, std::vector<std::pair<std::string, const ConditionAtom *>>> byOp;
    for (const ConditionAtom &a : atoms) {
        if (!byOp.count(a.op))
            ops.push_back(a.op);
        auto &keys = byOp[a.op];
        // A key twice under one operator: another spelling of it (keys ignore case).
        std::string key = a.key;
        auto taken = [&](const std::string &k) {
            return std::any_of(keys.begin(), keys.end(), [&](const auto &e) { return e.first == k; });
        };
        if (taken(key))
            key = values::toLowerAscii(a.key);
        for (std::size_t i = 0; taken(key) && i < key.size(); ++i) {
            if (key[i] >= 'a' && key[i] <= 'z')
                key[i] = static_cast<char>(key[i] - 'a' + 'A');
        }
        keys.emplace_back(key, &a);
    }
    std::string out = "{";
    for (std::size_t i = 0; i < ops.size(); ++i) {
        if (i > 0)
            out += ',';
        out += json::quote(ops[i]) + ":{";
        const auto &keys = byOp[ops[i]];
        for (std::size_t k = 0; k < keys.size(); ++k) {
            if (k > 0)
                out += ',';
            out += json::quote(keys[k].first) + ":";
            const std::vector<std::string> &v = keys[k].second->values;
            out += v.size() == 1 ? json::quote(v[0]) : stringList(v);
        }
        out += "}";
    }
    out += "}";
    return indent > 0 ? pretty(out) : out;
}

std::string findingJson(const Finding &f, bool difference)
{
    std::string out = "{";
    if (difference) {
        out += "\"from\":" + json::quote(accessName(f.from)) + ",\"to\":"
               + json::quote(accessName(f.access));
    } else {
        out += std::string("\"effect\":") + (f.effect == Effect::Allow ? "\"Allow\"" : "\"Deny\"");
        out += ",\"access\":" + json::quote(accessName(f.access));
    }
    out += ",\"principal\":" + f.principal;
    out += ",\"actions\":" + stringList(f.actions);
    out += ",\"condition\":" + conditionJson(f.condition);
    out += ",\"stages\":" + stagesJson(f.stages);
    out += ",\"reach\":" + json::quote(reachName(f.reach));
    if (difference) {
        out += ",\"oldStatements\":" + intList(f.oldStatements);
        out += ",\"newStatements\":" + intList(f.statements);
    } else {
        out += ",\"statements\":" + intList(f.statements);
    }
    out += ",\"witness\":" + requestJson(f.witness);
    out += ",\"summary\":" + json::quote(f.summary);
    return out + "}";
}

std::string analysisJson(const Analysis &a)
{
    std::string out = "{\"secret\":" + json::quote(a.secret) + ",\"findings\":[";
    for (std::size_t i = 0; i < a.findings.size(); ++i) {
        if (i > 0)
            out += ',';
        out += findingJson(a.findings[i], false);
    }
    out += "],\"notDecided\":" + stringList(a.notDecided) + "}";
    return pretty(out) + "\n";
}

std::string normalFormJson(const Analysis &a)
{
    std::string out = "{";
    if (a.version == PolicyVersion::V2012_10_17)
        out += "\"Version\":\"2012-10-17\",";
    else if (a.version == PolicyVersion::V2008_10_17)
        out += "\"Version\":\"2008-10-17\",";
    out += "\"Statement\":[";
    for (std::size_t i = 0; i < a.findings.size(); ++i) {
        if (i > 0)
            out += ',';
        out += statementJson(a.findings[i], a.secret);
    }
    out += "]}";
    return pretty(out) + "\n";
}

std::string analysisText(const Analysis &a)
{
    std::string out;
    for (const Group &g : groups()) {
        std::vector<const Finding *> in;
        for (const Finding &f : a.findings) {
            const bool hits = std::any_of(f.actions.begin(), f.actions.end(), [&](const std::string &x) {
                return std::find(g.actions.begin(), g.actions.end(), shortAction(x)) != g.actions.end();
            });
            if (hits)
                in.push_back(&f);
        }
        if (in.empty())
            continue;
        std::stable_sort(in.begin(), in.end(), [](const Finding *x, const Finding *y) {
            return static_cast<int>(x->reach) < static_cast<int>(y->reach);
        });
        out += std::string(g.title) + " (" + joined(g.actions, ", ") + ")\n";
        const bool staged = g.actions.front() == "GetSecretValue";
        std::vector<std::string> headings;
        for (const Finding *f : in) {
            const std::string h = staged ? stagesWords(f->stages, a.stageLabels) : "";
            if (std::find(headings.begin(), headings.end(), h) == headings.end())
                headings.push_back(h);
        }
        for (const std::string &h : headings) {
            std::string indent = "  ";
            if (staged) {
                out += "  " + h + ":\n";
                indent = "    ";
            }
            for (const Finding *f : in) {
                if (staged && stagesWords(f->stages, a.stageLabels) != h)
                    continue;
                std::string word = f->effect == Effect::Deny
                                       ? "denied"
                                       : (f->access == Access::Allowed ? "allowed" : "identity");
                word.resize(10, ' ');
                std::string line = indent + word + reachMark(f->reach) + f->who;
                std::vector<std::string> mine;
                for (const std::string &x : f->actions) {
                    if (std::find(g.actions.begin(), g.actions.end(), shortAction(x)) != g.actions.end())
                        mine.push_back(shortAction(x));
                }
                if (mine.size() != g.actions.size())
                    line += " (" + joined(mine, ", ") + ")";
                std::vector<ConditionAtom> shown;
                for (const ConditionAtom &c : std::vector<ConditionAtom>(
                         f->condition.begin() + static_cast<std::ptrdiff_t>(f->narrowing),
                         f->condition.end())) {
                    if (!staged || !values::equalsAsciiIgnoreCase(c.key, "secretsmanager:VersionStage"))
                        shown.push_back(c);
                }
                if (!shown.empty())
                    line += ", when " + conditionWords(shown);
                if (f->effect == Effect::Allow && f->access == Access::NeedsIdentity)
                    line += ", if its identity policies allow";
                line += statementsWords(f->statements);
                out += line + "\n";
            }
        }
    }
    if (a.findings.empty())
        out += "No principal can get in through this policy for the actions asked about.\n";
    std::vector<std::string> names;
    for (const std::string &n : a.notDecided)
        names.push_back(shortAction(n));
    out += "Not decided by a secret policy: " + joined(names, ", ") + "\n";
    return out;
}

std::string comparisonJson(const Comparison &c)
{
    std::string out = "{\"verdict\":" + json::quote(verdictName(c.verdict)) + ",\"differences\":[";
    for (std::size_t i = 0; i < c.differences.size(); ++i) {
        if (i > 0)
            out += ',';
        out += findingJson(c.differences[i], true);
    }
    out += "]}";
    return pretty(out) + "\n";
}

std::string comparisonText(const Comparison &c)
{
    std::string out;
    switch (c.verdict) {
    case Verdict::Equivalent:
        out = "equivalent: every request has the same access under both policies\n";
        break;
    case Verdict::LessPermissive:
        out = "lessPermissive: the new policy revokes access and grants none\n";
        break;
    case Verdict::MorePermissive:
        out = "morePermissive: the new policy grants access it did not before\n";
        break;
    case Verdict::Incomparable:
        out = "incomparable: the new policy grants some access and revokes some\n";
        break;
    }
    for (const Finding &f : c.differences) {
        out += "\n";
        out += std::string(f.access > f.from ? "grants" : "revokes") + " " + reachMark(f.reach)
               + f.summary + "\n";
        out += "  old statements: " + (f.oldStatements.empty() ? std::string("none")
                                                               : statementsWords(f.oldStatements).substr(2))
               + "; new statements: "
               + (f.statements.empty() ? std::string("none") : statementsWords(f.statements).substr(2))
               + "\n";
        out += "  witness: " + requestJson(f.witness) + "\n";
    }
    return out;
}

} // namespace engine::analysis
