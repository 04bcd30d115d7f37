// Writes the graphs of fixture.hpp in every format: DIR/fixture.graphml, .jsonld, .dot, .nt and
// .gexf, and the same for DIR/hostile.*; DIR is made when missing. Usage: write_fixture DIR
#include <filesystem>
#include <fstream>
#include <iostream>

#include "exporters/writer.hpp"
#include "tests/clients/fixture.hpp"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: write_fixture DIR\n";
    return 2;
  }
  std::error_code ec;
  std::filesystem::create_directories(argv[1], ec);
  std::pair<const char*, newsgraph::knowledge_graph> graphs[] = {{"fixture", newsgraph::fixture::graph()},
                                                                  {"hostile", newsgraph::fixture::hostile_graph()}};
  for (const auto& [name, g] : graphs) {
    for (auto f : {newsgraph::format::graphml, newsgraph::format::jsonld, newsgraph::format::dot,
                   newsgraph::format::ntriples, newsgraph::format::gexf}) {
      std::string path = std::string(argv[1]) + "/" + name + std::string(newsgraph::extension(f));
      std::ofstream out(path, std::ios::binary);
      newsgraph::write(g, f, out);
      if (!out) {
        std::cerr << path << ": cannot write\n";
        return 1;
      }
    }
  }
  return 0;
}
