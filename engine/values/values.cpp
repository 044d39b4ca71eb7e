#include "values/values.h"

#include "values/arn.h"
#include "values/base64.h"
#include "values/boolean.h"
#include "values/date.h"
#include "values/decimal.h"
#include "values/ipaddress.h"

namespace engine::values {

bool isValidPolicyValue(ValueType type, std::string_view text)
{
    switch (type) {
    case ValueType::String:
        return true;
    case ValueType::Numeric:
        return parseDecimal(text).has_value();
    case ValueType::Date:
        return parseDate(text).has_value();
    case ValueType::Bool:
    case ValueType::Null:
        return parseBool(text).has_value();
    case ValueType::Binary:
        return isBase64(text);
    case ValueType::IpAddress:
        return parseIpRange(text).has_value();
    case ValueType::Arn: {
        ArnFields fields;
        return splitArn(text, fields);
    }
    }
    return false;
}

bool isValidRequestValue(ValueType type, std::string_view text)
{
    if (type == ValueType::IpAddress)
        return parseIpAddress(text).has_value();
    return isValidPolicyValue(type, text);
}

} // namespace engine::values
