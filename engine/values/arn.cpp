#include "values/arn.h"

#include "values/glob.h"
#include "values/text.h"

namespace engine::values {

namespace {

std::size_t nextColon(std::string_view text, std::size_t from, bool escapes)
{
    if (!escapes)
        return text.find(':', from);
    for (std::size_t i = from; i < text.size(); ++i) {
        if (text[i] == '\\')
            ++i; // the escaped character is never a separator
        else if (text[i] == ':')
            return i;
    }
    return std::string_view::npos;
}

bool splitImpl(std::string_view text, ArnFields &out, bool escapes)
{
    std::size_t start = 0;
    for (std::size_t index = 0; index < 5; ++index) {
        const std::size_t colon = nextColon(text, start, escapes);
        if (colon == std::string_view::npos)
            return false;
        out.field[index] = text.substr(start, colon - start);
        start = colon + 1;
    }
    out.field[5] = text.substr(start);
    return true;
}

} // namespace

bool splitArn(std::string_view text, ArnFields &out)
{
    return splitImpl(text, out, false);
}

std::optional<ArnFields> splitArn(std::string_view text)
{
    ArnFields fields;
    if (!splitImpl(text, fields, false))
        return std::nullopt;
    return fields;
}

bool splitEscapedArn(std::string_view escapedPattern, ArnFields &out)
{
    return splitImpl(escapedPattern, out, true);
}

bool arnFieldsMatch(const ArnFields &escapedPattern, const ArnFields &value)
{
    for (std::size_t i = 0; i < 6; ++i) {
        if (!globMatchEscaped(escapedPattern.field[i], value.field[i]))
            return false;
    }
    return true;
}

bool resourceFieldsMatch(const ArnFields &escapedPattern, const ArnFields &value)
{
    if (escapedPattern.field[0] != "arn" || value.field[0] != "arn")
        return false;
    for (std::size_t i = 1; i < 6; ++i) {
        if (!globMatchEscaped(escapedPattern.field[i], value.field[i]))
            return false;
    }
    return true;
}

bool isSecretArn(const ArnFields &fields)
{
    return fields.prefix() == "arn" && fields.service() == "secretsmanager"
           && fields.resource().starts_with("secret:");
}

bool hasSecretSuffix(std::string_view resourceField)
{
    if (resourceField.size() < 7)
        return false;
    const std::string_view tail = resourceField.substr(resourceField.size() - 7);
    if (tail[0] != '-')
        return false;
    for (std::size_t i = 1; i < 7; ++i) {
        const char c = tail[i];
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum)
            return false;
    }
    return true;
}

bool isAccountId(std::string_view text)
{
    if (text.size() != 12)
        return false;
    return isDigits(text);
}

} // namespace engine::values
