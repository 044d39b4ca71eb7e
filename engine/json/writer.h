// Writing a json::Value tree back as text: members in their order, duplicates kept, numbers
// spelt as they were read, strings escaped by quote(). One writer for the CLI's `format`, the
// editor's export, and the one-line JSON of requests and decisions.
#pragma once

#include "json/value.h"

#include <string>

namespace engine::json {

// indent == 0: everything on one line without spaces ({"a":[1,2]}).
// indent > 0: one member or element per line, nested `indent` spaces deeper, `": "` after
// keys; empty containers stay `{}` and `[]`. No final newline.
std::string write(const Value &value, int indent = 0);

} // namespace engine::json
