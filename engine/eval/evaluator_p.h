// Internal to the evaluator (evaluator.cpp, evaluator_compile.cpp, evaluator_statement.cpp):
// what the three parts share besides compiled.h. Not part of the engine API.
#pragma once

#include "eval/compiled.h"

#include <cstddef>
#include <string>

namespace engine::eval {

// evaluator_compile.cpp: compiles `s` into `c`, reusing what `c` already holds (its vectors
// and strings); `phrases` prepares the explain phrases too.
void compileInto(CompiledStatement &c, const Statement &s, bool variablesAllowed, bool phrases);

// evaluator_statement.cpp: appends n as four bytes (explain keys).
void appendNumber(std::string &key, std::size_t n);

} // namespace engine::eval
