// Placeholder translation unit so the views library links before its first class lands.
namespace views {
}
