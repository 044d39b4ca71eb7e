// Result<T>: the value of an operation that fails as a whole, or the reason it failed.
//
//   Result<json::Value> r = json::parse(text);
//   if (!r) { report(r.error().message); return; }
//   use(r.value());
//
// User input that can hold many problems reports a std::vector<Diagnostic> instead; bugs are
// asserts. No exception crosses the engine API.
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace engine {

struct Error
{
    std::string message;
};

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool hasValue() const { return m_data.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    T &value() &
    {
        assert(hasValue());
        return std::get<0>(m_data);
    }
    const T &value() const &
    {
        assert(hasValue());
        return std::get<0>(m_data);
    }
    T &&value() &&
    {
        assert(hasValue());
        return std::get<0>(std::move(m_data));
    }
    const Error &error() const
    {
        assert(!hasValue());
        return std::get<1>(m_data);
    }

private:
    std::variant<T, Error> m_data;
};

} // namespace engine
