#include "cli/scenario.h"

#include "json/reader.h"

namespace engine::cli {

std::string errorObject(std::string_view message)
{
    return "{\"error\": " + json::quote(message) + "}";
}

} // namespace engine::cli
