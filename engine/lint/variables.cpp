// Policy variables (evaluation.md §3.9): variable-syntax, variable-needs-2012,
// variable-not-allowed-here, multivalued-variable, bool-variable.
#include "lint/lintcontext.h"

#include "data/secretsmanager.h"

namespace engine::rules {

namespace {

struct Variable
{
    std::string text;   // from "${" to "}" inclusive, or to the end when unclosed
    std::string name;   // the key part
    std::string reason; // empty when well-formed
};

bool isEscape(std::string_view inner)
{
    return inner == "*" || inner == "?" || inner == "$";
}

std::vector<Variable> findVariables(std::string_view s)
{
    std::vector<Variable> out;
    std::size_t pos = 0;
    while ((pos = s.find("${", pos)) != std::string_view::npos) {
        const std::size_t close = s.find('}', pos + 2);
        Variable v;
        if (close == std::string_view::npos) {
            v.text = std::string(s.substr(pos));
            v.name = std::string(s.substr(pos + 2));
            v.reason = "it has no closing \"}\"";
            out.push_back(std::move(v));
            break;
        }
        const std::string_view inner = s.substr(pos + 2, close - pos - 2);
        v.text = std::string(s.substr(pos, close - pos + 1));
        pos = close + 1;
        if (isEscape(inner))
            continue;
        const std::size_t comma = inner.find(',');
        const std::string_view name = inner.substr(0, comma);
        v.name = std::string(name);
        if (inner.empty()) {
            v.reason = "the variable name is empty";
        } else if (name.find(' ') != std::string_view::npos || name.empty()) {
            v.reason = name.empty() ? "the variable name is empty"
                                    : "the variable name contains a space";
        } else if (comma != std::string_view::npos) {
            std::string_view rest = inner.substr(comma + 1);
            while (!rest.empty() && rest.front() == ' ')
                rest.remove_prefix(1);
            while (!rest.empty() && rest.back() == ' ')
                rest.remove_suffix(1);
            if (rest.size() < 2 || rest.front() != '\'' || rest.back() != '\''
                || rest.substr(1, rest.size() - 2).find('\'') != std::string_view::npos)
                v.reason = "the default value must be written , 'value'";
        }
        out.push_back(std::move(v));
    }
    return out;
}

bool isMultivaluedKey(std::string_view name)
{
    const data::KeyInfo *key = data::findKey(name);
    return key && key->multivalued;
}

} // namespace

bool checkVariablesIn(Context &context, std::string_view text, const json::Span &span,
                      VariablePlace place, std::string_view placeName)
{
    if (text.find("${") == std::string_view::npos)
        return false;
    const std::vector<Variable> vars = findVariables(text);
    if (vars.empty())
        return false;
    const Policy *policy = context.policy;
    const bool v2012 = policy && policy->version == PolicyVersion::V2012_10_17;
    bool fired = false;
    switch (place) {
    case VariablePlace::Action:
    case VariablePlace::Principal:
    case VariablePlace::ConditionKey:
    case VariablePlace::ArnPrefix:
    case VariablePlace::NoVariableValue:
        for (const Variable &v : vars) {
            context.report("variable-not-allowed-here", span,
                           "Policy variables are not substituted in " + std::string(placeName)
                               + "; " + quoted(v.text)
                               + " is taken literally. Variables work in the resource part of an "
                                 "ARN and in String and ARN condition values.");
            fired = true;
        }
        return fired;
    case VariablePlace::BoolValue:
        context.report("bool-variable", span,
                       "AWS's documentation disagrees on whether variables work with Bool; use a "
                       "String operator or a literal value.");
        return true;
    case VariablePlace::Resource:
    case VariablePlace::StringValue:
        break;
    }
    for (const Variable &v : vars) {
        if (!v2012) {
            if (!v.reason.empty())
                continue; // not a variable at all outside 2012-10-17
            context.report("variable-needs-2012", span,
                           quoted(v.text)
                               + " is only a policy variable when \"Version\" is \"2012-10-17\". "
                                 "In this policy it is compared as literal text. Add \"Version\": "
                                 "\"2012-10-17\".");
            fired = true;
            continue;
        }
        if (!v.reason.empty()) {
            context.report("variable-syntax", span,
                           "The policy variable " + quoted(v.text) + " is malformed: " + v.reason
                               + ". Write ${key} or ${key, 'default'}.");
            fired = true;
            continue;
        }
        if (isMultivaluedKey(v.name)) {
            context.report("multivalued-variable", span,
                           v.name
                               + " can hold several values and cannot be used as a variable; the "
                                 "value containing it never matches.");
            fired = true;
        }
    }
    return fired;
}

} // namespace engine::rules
