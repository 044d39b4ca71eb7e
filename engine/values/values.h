// The value layer: how condition values, context values and the other texts of a policy are
// read, for the evaluator, the linter, the GUI's context editor and the request reader alike.
// One header per family:
//
//   decimal.h    numbers (Numeric operators), exact decimal comparison
//   date.h       W3C ISO 8601 dates and epoch seconds (Date operators)
//   boolean.h    true/false without case (Bool, Null)
//   base64.h     base64 with or without padding (BinaryEquals)
//   ipaddress.h  IPv4/IPv6 addresses and CIDR ranges (IpAddress, NotIpAddress)
//   arn.h        ARNs split into six fields (Arn operators, Resource, principals)
//   glob.h       `*`/`?` globs, with escapes for literal text
//   casefold.h   Unicode simple case folding ("ignoring case" for values and key names)
//   text.h       ASCII case, hex digits, UTF-8 code points
//
// This header names the value types of the condition operators and says, per type, which texts
// can be read. A value that cannot be read makes its comparison invalid: it never matches, and
// it makes a negated operator false. The linter's `invalid-value` fires exactly when
// isValidPolicyValue() is false, so the linter and the evaluator cannot disagree.
//
//   isValidPolicyValue(ValueType::Numeric, "7.")          // true
//   isValidPolicyValue(ValueType::Date, "2024-02-30")     // false: no such day
#pragma once

#include <string_view>

namespace engine::values {

// The type a condition operator reads its values as.
enum class ValueType {
    String,    // any text
    Numeric,   // decimal.h
    Date,      // date.h
    Bool,      // boolean.h
    Binary,    // base64.h
    IpAddress, // ipaddress.h: a range on the policy side, an address on the request side
    Arn,       // arn.h: at least six colon-separated fields
    Null,      // boolean.h: true (key absent) or false (key present)
};

// Can `text`, written as a policy value (after the JSON number/boolean -> text step), be read
// as `type`? Values holding policy variables are read after substitution; this tests the text
// as it is.
bool isValidPolicyValue(ValueType type, std::string_view text);
// Can `text`, given as a request (context) value, be read as `type`?
bool isValidRequestValue(ValueType type, std::string_view text);

} // namespace engine::values
