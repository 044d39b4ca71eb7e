// Placeholder translation unit so the model library links before its first class lands.
namespace model {
}
