namespace newsgraph::detail { int exporters_placeholder = 0; }
