#include "eval/variables.h"

#include "data/secretsmanager.h"
#include "values/casefold.h"
#include "values/glob.h"
#include "values/text.h"

namespace engine::eval {

namespace {

bool validName(std::string_view name)
{
    if (name.empty())
        return false;
    for (char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || c == '{' || c == '}' || c == '$' || c == ',' || c == '\'' || u == 0x7F)
            return false;
    }
    return true;
}

void appendText(std::vector<VariableSegment> &segments, std::string_view text)
{
    if (text.empty())
        return;
    if (!segments.empty() && segments.back().kind == VariableSegment::Kind::Text) {
        segments.back().text.append(text);
        return;
    }
    VariableSegment s;
    s.kind = VariableSegment::Kind::Text;
    s.text = std::string(text);
    segments.push_back(std::move(s));
}

} // namespace

VariableText parseVariables(std::string_view text)
{
    VariableText out;
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t open = text.find("${", i);
        if (open == std::string_view::npos) {
            appendText(out.segments, text.substr(i));
            break;
        }
        appendText(out.segments, text.substr(i, open - i));
        const std::size_t close = text.find('}', open + 2);
        if (close == std::string_view::npos) {
            appendText(out.segments, text.substr(open));
            break;
        }
        const std::string_view inner = text.substr(open + 2, close - open - 2);
        VariableSegment s;
        bool ok = false;
        if (inner == "*" || inner == "?" || inner == "$") {
            s.kind = VariableSegment::Kind::Literal;
            s.text = std::string(inner);
            ok = true;
        } else {
            std::string_view name = inner;
            const std::size_t comma = inner.find(", '");
            if (comma != std::string_view::npos) {
                name = inner.substr(0, comma);
                const std::string_view rest = inner.substr(comma + 3);
                if (!rest.empty() && rest.back() == '\'') {
                    s.defaultValue = std::string(rest.substr(0, rest.size() - 1));
                    s.hasDefault = true;
                } else {
                    name = {};
                }
            }
            if (validName(name)) {
                s.kind = VariableSegment::Kind::Variable;
                s.text = values::foldCase(name);
                s.hash = keyHash(s.text);
                const data::KeyInfo *info = data::findKey(name);
                s.multivaluedType = info && info->multivalued;
                ok = true;
            }
        }
        if (!ok) {
            appendText(out.segments, text.substr(open, close + 1 - open));
        } else {
            out.hasVariables = true;
            out.segments.push_back(std::move(s));
        }
        i = close + 1;
    }
    return out;
}

bool substitute(const VariableText &text, const Context &context, std::string &out, bool forGlob)
{
    for (const VariableSegment &s : text.segments) {
        switch (s.kind) {
        case VariableSegment::Kind::Text:
            if (forGlob)
                values::appendGlobPattern(out, s.text);
            else
                out.append(s.text);
            break;
        case VariableSegment::Kind::Literal:
            if (forGlob)
                values::appendGlobLiteral(out, s.text);
            else
                out.append(s.text);
            break;
        case VariableSegment::Kind::Variable: {
            const Context::Item *item = context.find(s.text, s.hash);
            std::string_view value;
            if (item && !item->isList && !s.multivaluedType && item->size() == 1) {
                value = item->at(0);
            } else if (s.hasDefault) {
                value = s.defaultValue;
            } else {
                return false;
            }
            if (forGlob)
                values::appendGlobLiteral(out, value);
            else
                out.append(value);
            break;
        }
        }
    }
    return true;
}

} // namespace engine::eval
