#pragma once
// The lexicons the extractor knows the world by: states, bodies, places, roles and triggers.
// They are JSON data files (extract/lexicon/*.json); a user adds their own in the same format.
#include <filesystem>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "graph/ontology.hpp"

namespace newsgraph {

/// A lexicon file that cannot be used, with the place that says why: what() is
/// "file:line:column: problem", or "file: problem" when line is 0 (the whole file or directory).
/// The biggest lexicon file load_file reads: 64 MiB (the built-in lexicons are 160 kB together).
inline constexpr std::size_t max_lexicon_bytes = std::size_t{64} << 20;

class lexicon_error : public std::runtime_error {
 public:
  lexicon_error(std::string file, std::size_t line, std::size_t column, const std::string& problem);
  const std::string& file() const noexcept { return file_; }
  std::size_t line() const noexcept { return line_; }
  std::size_t column() const noexcept { return column_; }

 private:
  std::string file_;
  std::size_t line_, column_;
};

/// A state: a sovereign state or territory, and every way the news names it.
struct state_entry {
  std::string id;                      ///< ISO 3166-1 alpha-3, or a made-up code for a fictional state
  std::string name;                    ///< canonical display name ("China")
  std::string wikidata;                ///< QID, may be empty
  std::vector<std::string> aliases;    ///< other names and short forms ("People's Republic of China", "PRC")
  std::vector<std::string> demonyms;   ///< adjectives and nouns of the people ("Chinese")
  std::vector<std::string> capitals;   ///< seats of government, used as metonyms ("Beijing")
  /// Names it shares with other states ("Congo"): each means the one of them the article names
  /// otherwise, else the first state in the lexicon that lists it.
  std::vector<std::string> shared_names;
};

/// A body: an organisation, organ, court, ministry, agency, NGO, party or company.
struct body_entry {
  std::string id;                      ///< a stable short id ("unsc")
  std::string name;                    ///< canonical display name ("UN Security Council")
  std::string kind;                    ///< intergovernmental, government, court, commission, ngo, party, company, other
  std::string wikidata;                ///< QID, may be empty
  std::vector<std::string> aliases;    ///< acronyms and other names ("Security Council", "UNSC")
  std::string part_of;                 ///< the id of the body or state (alpha-3) it belongs to, may be empty
  std::string seat;                    ///< where it sits (a place name), may be empty
  std::vector<std::string> heads;      ///< the nouns by which the text refers back to it ("council", "court")
};

/// A place: a named location that is not acting as a state (a region, a non-capital city, a sea, a site).
struct place_entry {
  std::string id;                      ///< a stable short id ("crimea")
  std::string name;                    ///< canonical display name ("Crimea")
  std::vector<std::string> aliases;    ///< other spellings ("Crimean Peninsula")
  std::string state;                   ///< alpha-3 of the state it lies in; empty for seas and places shared or contested
  std::string wikidata;                ///< QID, may be empty
};

/// A role or title that people hold ("deputy ambassador", "foreign minister").
struct role_entry {
  std::string title;                   ///< as written, lower case
  std::string body;                    ///< the government body the role implies ("foreign ministry"), may be empty
};

/// One office a person held: its title, whom it speaks for and when.
struct office_term {
  std::string title;                   ///< lower case, as news writes it before a name ("president")
  std::string of;                      ///< a state's alpha-3 or a body id
  int from = 0;                        ///< the year the term began
  int to = 0;                          ///< the year it ended; 0: not ended

  friend bool operator==(const office_term&, const office_term&) = default;
};

/// A known office holder ("Barack Obama", president of USA 2009-2017).
struct person_entry {
  std::string name;                    ///< the full name as news writes it
  std::vector<std::string> aliases;    ///< other full forms ("George Walker Bush")
  std::vector<std::string> surnames;   ///< what news writes alone after a title ("Obama", "Xi")
  std::vector<office_term> held;       ///< the offices, in the order given
  std::string wikidata;                ///< QID, may be empty
};

/// A government body built from a state ("China's foreign ministry").
struct office_entry {
  std::string name;                    ///< lower case generic name ("foreign ministry")
  std::vector<std::string> aliases;    ///< other spellings ("ministry of foreign affairs")
  std::string kind;                    ///< usually government
};

/// A word or phrase that signals a relation.
struct trigger_entry {
  relation rel = relation::criticizes;
  std::string lemma;                   ///< base form, lower case ("criticise", "push for")
  std::vector<std::string> forms;      ///< every form matched: the lemma, its inflections, listed extras
  bool noun = false;                   ///< a noun ("condemnation") rather than a verb
  std::vector<node_type> objects;      ///< the types its object may have ("captured Goma": Place, State); empty: any
  /// Its object must be a name, not a noun of someone's ("hosted Gondor", not "hosted Gondor's
  /// troops"); read from clause roles only.
  bool named_object = false;
  /// A frame's verb ("broke off relations with X"): every form of the nouns its object must
  /// have, lower case; empty for a plain trigger and for a frame that takes any object.
  std::vector<std::string> frame_nouns;
  std::vector<std::string> prepositions;  ///< a frame's verb: the prepositions before whom it is done to ("with")
  /// A frame's verb done to its object "as" something ("listed X as a terrorist group"): the
  /// words, lower case, one of which the "as" phrase must hold.
  std::vector<std::string> as_words;
  /// Whether it is a frame's verb, read from clause roles only: a frame without nouns takes any
  /// object, or none ("celebrated the holiday with X").
  bool frame() const noexcept { return !prepositions.empty() || !as_words.empty(); }
};

/// A word or phrase that sets the mode of the relations near it ("urged", "expected to").
struct modality_entry {
  mode mod = mode::asserted;
  std::string phrase;                  ///< lower case
  /// A verb that calls off or puts off the event its object names ("postponed the talks",
  /// listed under "called off"): no relation is read from that noun, and `mod` is unused.
  bool called_off = false;
  /// A verb that says whether the event its subject names happens ("the talks resumed", "the
  /// summit did not take place", listed under "occurrence"): that noun takes the verb's mode;
  /// `mod` is unused.
  bool occurrence = false;
};

/// A label that opens a list of voters in a vote's record ("In favour:", "Against:",
/// "Abstaining:"); without a relation it closes the lists ("Absent:", "Non-voting:").
struct vote_label_entry {
  std::optional<relation> rel;         ///< votes-for, votes-against or abstains; none: the lists end
  std::string phrase;                  ///< lower case, without the colon
};

/// An adjective that says what its speaker thinks of an actor's doing ("unacceptable":
/// criticizes; "constructive": supports), when it is said of it ("called the move illegal",
/// "said the sanctions were unjustified").
struct evaluation_entry {
  relation rel = relation::criticizes;  ///< criticizes, opposes or supports
  std::string phrase;                  ///< lower case
};

/// Everything the extractor knows, loaded once and then shared read-only.
class lexicon {
 public:
  lexicon();
  ~lexicon();
  lexicon(lexicon&&) noexcept;
  lexicon& operator=(lexicon&&) noexcept;

  /// The lexicons shipped with newsgraph: every *.json file in `dir`, in name order; when
  /// `dir` is empty, the directory named by $NEWSGRAPH_LEXICON_DIR, else the installed data
  /// directory if it exists, else the source tree's extract/lexicon. Throws lexicon_error
  /// (with line 0 when the directory itself is the problem).
  static lexicon builtin(const std::filesystem::path& dir = {});

  /// Adds every entry of one lexicon file (any of the sections states, bodies, places, roles,
  /// offices, people, triggers, modality, evaluations, vote_labels, irregular_verbs, word_classes). Throws lexicon_error naming
  /// file, line and column.
  ///
  /// Files accumulate. Inside one file an id (state, body, place), title (role) or name
  /// (office, person) appears once; a person named again in a later file gets the aliases,
  /// surnames and offices it lists added; an entry whose id an earlier file already defined extends that
  /// entry: its lists (aliases, demonyms, capitals, heads) are added to, its single values
  /// (wikidata, kind, part_of, seat, state, body) replace the earlier ones, a different name
  /// becomes the name and the old one an alias, and "name" and "kind" may be left out. A
  /// place's "state", when given, is three upper-case letters. A verb or noun given
  /// as a string gets its regular inflections (and a verb the forms irregular_verbs lists for
  /// its first word, from any file loaded before or after); as {"lemma", "forms"} it gets exactly the
  /// listed forms. Titles, office names, heads, triggers, modality phrases, evaluations and vote labels are
  /// lower-cased.
  /// A member called "comment" is ignored anywhere. When a file fails, nothing of it is added.
  /// Columns count Unicode characters from 1. A file bigger than max_lexicon_bytes (one that
  /// never ends, such as /dev/zero) is a lexicon_error, and so is memory exhausted reading it.
  void load_file(const std::filesystem::path& file);
  /// Adds every entry of lexicon text; `name` is the file name errors report.
  void load_text(std::string_view json, const std::string& name);

  const std::vector<state_entry>& states() const;
  const std::vector<body_entry>& bodies() const;
  const std::vector<place_entry>& places() const;
  const std::vector<role_entry>& roles() const;
  const std::vector<office_entry>& offices() const;
  const std::vector<person_entry>& people() const;
  const std::vector<trigger_entry>& triggers() const;
  const std::vector<modality_entry>& modality() const;
  const std::vector<vote_label_entry>& vote_labels() const;
  const std::vector<evaluation_entry>& evaluations() const;
  /// Words the files add to the extractor's closed word classes: class name -> lower-case words.
  const std::map<std::string, std::vector<std::string>>& word_classes() const;

 private:
  struct data;
  std::unique_ptr<data> data_;
};

}  // namespace newsgraph
