// Table-driven tests of the extractor's patterns on sentences of our own, each compared with
// the sorted one-line-per-edge dump of the graph it gives.
#include <gtest/gtest.h>

#include "extract/extractor.hpp"
#include "graph/dump.hpp"

namespace newsgraph {
namespace {

const extractor& shared_extractor() {
  static const lexicon lex = lexicon::builtin(NEWSGRAPH_SOURCE_DIR "/extract/lexicon");
  static const extractor x(lex);
  return x;
}

knowledge_graph read(const std::string& text) {
  document d;
  d.id = "t";
  d.text = text;
  return shared_extractor().extract(d);
}

struct pattern_case {
  const char* name;   // the pattern, as the test's name
  const char* text;
  const char* edges;  // dump_edges joined with "; "
};

void PrintTo(const pattern_case& c, std::ostream* os) { *os << c.text; }

class Pattern : public ::testing::TestWithParam<pattern_case> {};

TEST_P(Pattern, GivesTheseEdges) {
  const auto& c = GetParam();
  EXPECT_EQ(dump_edges(read(c.text), "; "), c.edges) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Extractor, Pattern,
    ::testing::Values(
        // Coordination, "as did", a resolution referred back to.
        pattern_case{"coordination_as_did", "China and Russia voted against the resolution on Thursday, as did Cuba and Iran.",
                     "China votes-against Resolution (t); Cuba votes-against Resolution (t); "
                     "Iran votes-against Resolution (t); Russia votes-against Resolution (t)"},
        // Numbered resolution, adoption, abstention with "with X abstaining".
        pattern_case{"numbered_resolution_abstaining", "The Security Council adopted resolution 2728 by a vote of 14 to none, with the United "
                     "States abstaining.",
                     "UN Security Council adopts UN Security Council resolution 2728; "
                     "United States abstains UN Security Council resolution 2728"},
        // Possessive nominal: "X's invasion of Y", and the invader criticised.
        pattern_case{"possessive_invasion", "The European Union condemned Russia's invasion of Ukraine.",
                     "European Union criticizes Russia; Russia attacks Ukraine"},
        // Passive with an agent.
        pattern_case{"passive_veto", "The draft resolution was vetoed by Russia.", "Russia vetoes Resolution (t)"},
        // calls-on with an embedded, proposed referral.
        pattern_case{"calls_on_embedded_referral", "The General Assembly called on the Security Council to refer Myanmar to the "
                     "International Criminal Court.",
                     "Myanmar refers-to International Criminal Court [proposed]; "
                     "UN General Assembly calls-on UN Security Council"},
        // An ally in apposition.
        pattern_case{"ally_apposition", "Belarus, Russia's closest ally, criticised the decision.", "Belarus allied-with Russia"},
        // A person named by apposition, detained.
        pattern_case{"person_apposition_detained", "Iran arrested Narges Mohammadi, a prominent activist, in Tehran.",
                     "Iran detains Narges Mohammadi"},
        // Negation and expectation.
        pattern_case{"negated", "Japan did not support the resolution.", "Japan supports Resolution (t) [negated]"},
        pattern_case{"expected", "The Security Council will discuss Syria on Monday.", "UN Security Council discusses Syria [expected]"},
        // Sanctions and accusations.
        pattern_case{"sanctions", "The United States imposed sanctions on Venezuela.", "United States sanctions Venezuela"},
        pattern_case{"accuses", "Amnesty International accused Ethiopia of war crimes.", "Amnesty International accuses Ethiopia"},
        // A body and its seat.
        pattern_case{"seat", "Lawyers gathered at the International Court of Justice in The Hague.",
                     "International Court of Justice located-in The Hague"},
        // A role, a comma and a name; the owner before the role.
        pattern_case{"role_comma_name", "Britain's ambassador, Barbara Woodward, condemned the attack.",
                     "Barbara Woodward represents United Kingdom"},
        // A ministry's spokesman: the office is part of its state.
        pattern_case{"ministry_spokesman", "Chinese foreign ministry spokesman Lin Jian criticised Japan.",
                     "Chinese foreign ministry part-of China; Lin Jian criticizes Japan; "
                     "Lin Jian represents Chinese foreign ministry"},
        // Page furniture and datelines are not content.
        // A state behind a group: "X-backed".
        pattern_case{"backed_by", "Mali welcomed the Russia-backed Wagner Group.",
                     "Mali supports Wagner Group; Russia supports Wagner Group"},
        // Capitals: the government after "with", metonymy as a subject.
        pattern_case{"capital_metonymy", "Beijing said it would hold talks with Washington.",
                     "China meets United States [expected]"},
        // "voted no, joined by", "were among the countries that abstained".
        pattern_case{"vote_lists",
                     "The General Assembly adopted the resolution on Tuesday. China voted no, joined by Cuba and "
                     "Iran. India and Japan were among the countries that abstained.",
                     "China votes-against UN General Assembly resolution; Cuba votes-against UN General Assembly "
                     "resolution; India abstains UN General Assembly resolution; Iran votes-against UN General "
                     "Assembly resolution; Japan abstains UN General Assembly resolution; UN General Assembly "
                     "adopts UN General Assembly resolution"},
        // An unowned ministry belongs to the state whose capital the sentence named.
        pattern_case{"ministry_owner_from_place",
                     "In a statement issued in Naypyitaw, the foreign ministry rejected the resolution.",
                     "Burmese foreign ministry opposes Resolution (t); Burmese foreign ministry part-of Myanmar"},
        // "the government in <capital>" is that state.
        pattern_case{"government_in_capital", "The government in Niamey criticised Benin.", "Niger criticizes Benin"},
        // An apposed role with its owner before it, and a spokesman for a ministry after it.
        pattern_case{"apposed_role_owner", "Helen Marwick, Britain's deputy ambassador, criticised Russia.",
                     "Helen Marwick criticizes Russia; Helen Marwick represents United Kingdom"},
        pattern_case{"apposed_role_for_ministry",
                     "Julien Marchetti, a spokesman for the French foreign ministry, welcomed Spain's decision.",
                     "French foreign ministry part-of France; Julien Marchetti represents French foreign ministry; "
                     "Julien Marchetti supports Spain"},
        // A participle after a comma takes the sentence's subject.
        pattern_case{"participle_subject",
                     "The European Union imposed sanctions on Belarus, accusing Minsk of rigging the election.",
                     "European Union accuses Belarus; European Union sanctions Belarus"},
        // A nominal with its agent before its patient.
        pattern_case{"nominal_by_of", "Ukraine condemned the shelling by Russia of Kharkiv and Odesa.",
                     "Kharkiv located-in Ukraine; Odesa located-in Ukraine; Russia attacks Kharkiv; "
                     "Russia attacks Odesa; Ukraine criticizes Russia"},
        // Operative paragraphs: the body that spoke last is the subject of each.
        pattern_case{"operative_paragraphs",
                     "The Peace and Security Council of the African Union, at its meeting, the Council:\n\n"
                     "1. Condemns the attacks by the Sudanese Armed Forces;\n\n2. Urges Sudan to protect civilians;",
                     "African Union Peace and Security Council calls-on Sudan; African Union Peace and Security "
                     "Council criticizes Sudanese Armed Forces; African Union Peace and Security Council part-of "
                     "African Union"},
        // "Voting against were ...", and a second resolution on a new subject.
        pattern_case{"two_resolutions",
                     "The Human Rights Council adopted a resolution on Eritrea by 22 votes to 8. Voting against were "
                     "China and Cuba. The Council then adopted a resolution on Somalia without a vote.",
                     "China votes-against UN Human Rights Council resolution on Eritrea; Cuba votes-against UN Human "
                     "Rights Council resolution on Eritrea; UN Human Rights Council adopts UN Human Rights Council "
                     "resolution on Eritrea; UN Human Rights Council adopts UN Human Rights Council resolution on "
                     "Somalia"},
        // A vote's record in paragraphs: each label opens the list of those who voted so, "Absent"
        // closes the lists, and a second resolution's list is its own.
        pattern_case{"vote_record_lists",
                     "The General Assembly adopted a resolution on Haiti by 3 votes to 1, with 1 abstention.\n\n"
                     "In favour:\nBrazil, Chile, Peru.\n\nAgainst:\nCuba.\n\nAbstaining:\nIndia.\n\nAbsent:\nMali.\n\n"
                     "It then adopted a resolution on Sudan by 2 votes to none.\n\nIn favour: Kenya; Ghana.",
                     "Brazil votes-for UN General Assembly resolution on Haiti; Chile votes-for UN General Assembly "
                     "resolution on Haiti; Cuba votes-against UN General Assembly resolution on Haiti; Ghana "
                     "votes-for UN General Assembly resolution on Sudan; India abstains UN General Assembly "
                     "resolution on Haiti; Kenya votes-for UN General Assembly resolution on Sudan; Peru votes-for "
                     "UN General Assembly resolution on Haiti; UN General Assembly adopts UN General Assembly "
                     "resolution on Haiti; UN General Assembly adopts UN General Assembly resolution on Sudan"},
        // Drafts named by their document symbols: one node per symbol, found again by it, and its
        // symbol in the label; a full stop after the symbol is the sentence's.
        pattern_case{"document_symbols",
                     "The General Assembly adopted draft resolution A/79/L.5 by 130 votes to 9.\n\n"
                     "Later it adopted draft resolution A/79/L.7.\n\nBrazil voted against draft resolution A/79/L.5.",
                     "Brazil votes-against UN General Assembly resolution A/79/L.5; UN General Assembly adopts UN "
                     "General Assembly resolution A/79/L.5; UN General Assembly adopts UN General Assembly resolution "
                     "A/79/L.7"},
        // Coordination across a determiner; a name that starts like a reference; a known person's
        // apposed role; a named owner before a role is an adjective; a person after a person noun.
        pattern_case{"coordination_determiner", "Canada and the United States voted against resolution 2032.",
                     "Canada votes-against resolution 2032; United States votes-against resolution 2032"},
        pattern_case{"name_not_reference",
                     "Amnesty International condemned Paraguay. The Organization of American States condemned Tunisia.",
                     "Amnesty International criticizes Paraguay; Organization of American States criticizes Tunisia"},
        pattern_case{"known_person_apposed_role",
                     "Mali arrested Mosul Marlokavek, a prominent journalist. Mosul Marlokavek, Kosovo's ambassador, "
                     "criticised India.",
                     "Mali detains Mosul Marlokavek; Mosul Marlokavek criticizes India; Mosul Marlokavek represents Kosovo"},
        pattern_case{"owner_as_adjective",
                     "Slovak Foreign Minister Ilomek Perirenvek met Vatican Foreign Minister Pelin Sarirenvek.",
                     "Ilomek Perirenvek meets Pelin Sarirenvek; Ilomek Perirenvek represents Slovakia; "
                     "Pelin Sarirenvek represents Holy See"},
        pattern_case{"person_after_person_noun", "Iran arrested the journalist Tavro Melikan.",
                     "Iran detains Tavro Melikan"},
        // An arrest with no one named: the state the article is about made it, whoever condemned it.
        pattern_case{"arrest_examples_among_them",
                     "Uzbekistan's parliament met on Monday. Rights groups condemned the arrest of dozens of "
                     "students, among them the activist Doril Samarkov and the blogger Tesla Ulimova.",
                     "Uzbek parliament part-of Uzbekistan"},
        pattern_case{"detention_parenthesis_including",
                     "Laos faced questions on Friday. The committee voiced concern at the detention, without trial, "
                     "of writers including the poet Vilay Sonthavong.",
                     ""},
        // No word names the agent: the article's state is not made one (no invented facts).
        pattern_case{"police_arrested", "Peru faced protests on Sunday. In May, police arrested the journalist Arturo Quimper.",
                     ""},
        pattern_case{"police_arrested_where_named", "In May, police arrested the journalist Arturo Quimper in Lima, Peru.",
                     "Lima located-in Peru; Peru detains Arturo Quimper"},
        pattern_case{"arrest_warrant_is_no_arrest",
                     "Chad faced protests on Sunday. The court issued an arrest warrant for the commander Idris Kalem.", ""},
        // Who condemns an arrest criticizes the one who made it, not the ones arrested; when
        // the text does not say who made it, no one.
        pattern_case{"condemned_arrest_victims",
                     "Laos faced questions on Friday. The European Union condemned the arrest of dozens of students, "
                     "among them the activist Vilay Sonthavong.",
                     ""},
        pattern_case{"condemns_harm_of_unnamed_doer",
                     "Belarus faced questions on Friday. Canada condemned in the strongest terms the sentencing of "
                     "the journalist Ihar Losik.",
                     ""},
        pattern_case{"deplores_arrest_by_named_doer",
                     "Kenya faced questions on Friday. Norway deplored the arrest of the lawyer Amani Oduya by Uganda.",
                     "Norway criticizes Uganda; Uganda detains Amani Oduya"},
        // "the two sides", "both neighbours": the pair the story is about.
        pattern_case{"counted_group_the_two_sides",
                     "Armenia accused Azerbaijan of shelling. Azerbaijan denied it and blamed Armenia. Turkey urged "
                     "the two sides to return to talks.",
                     "Armenia accuses Azerbaijan; Azerbaijan accuses Armenia; Turkey calls-on Armenia; Turkey calls-on "
                     "Azerbaijan"},
        pattern_case{"counted_group_named_together",
                     "Oman, a neighbour of Yemen, praised Kenya and Ghana on Monday. It urged both countries to keep "
                     "talking.",
                     "Oman calls-on Ghana; Oman calls-on Kenya; Oman supports Ghana; Oman supports Kenya"},
        // "X said it ...": it is X; "the authorities" after a place are its state's.
        pattern_case{"said_it_and_authorities_of_a_place",
                     "Chile criticised Peru on Monday. The Red Cross office in Tashkent said it urged the authorities "
                     "to free the detainees.",
                     "Chile criticizes Peru; International Committee of the Red Cross calls-on Uzbekistan"},
        // What is in a place is a body's organ, not the body: no "European Union located-in Bishkek".
        pattern_case{"organ_in_place",
                     "Kyrgyzstan faced criticism. The European Union's delegation in Bishkek said it was deeply "
                     "concerned.",
                     ""},
        // Groups named by what they are.
        pattern_case{"described_groups",
                     "Uganda accused the Kavu rebel group of attacks. The rights group Lumen Watch criticised Uganda.",
                     "Lumen Watch criticizes Uganda; Uganda accuses Kavu"},
        // A demand in a statement: "X must ..." is its author calling on X.
        pattern_case{"demand_with_must",
                     "The North Atlantic Council condemned Belarus. Belarus must immediately release the journalist "
                     "Ihar Losik.",
                     "North Atlantic Council calls-on Belarus; North Atlantic Council criticizes Belarus"},
        // "the authorities" is the state named before it, and a report can accuse.
        pattern_case{"report_accuses_authorities",
                     "El Salvador detained thousands. Amnesty International published a report on Tuesday. The "
                     "report is based on interviews. It accuses the authorities of systematic torture.",
                     "Amnesty International publishes Amnesty International report; Amnesty International report "
                     "accuses El Salvador"},
        // "at the request of X": X asked for it.
        pattern_case{"at_the_request_of", "The Security Council met on Monday at the request of Romania.",
                     "Romania calls-on UN Security Council"},
        // Membership, joined or held; a possessor's plan; strikes as a noun.
        pattern_case{"membership", "Finland joined NATO in 2023. Sweden became a member of NATO.",
                     "Finland member-of NATO; Sweden member-of NATO"},
        pattern_case{"possessor_of_a_plan", "Turkey blocked Sweden's bid to join NATO.",
                     "Sweden member-of NATO [proposed]; Turkey opposes Sweden"},
        pattern_case{"strikes_on", "Israel's strikes on Lebanon killed dozens.", "Israel attacks Lebanon"},
        // People named beside a verb of the relations.
        pattern_case{"names_beside_verbs", "Vladimir Putin met Xi Jinping in Beijing on Tuesday.",
                     "Vladimir Putin meets Xi Jinping"},
        // Talks among coordinated subjects, each named with a title.
        pattern_case{"talks_between_titled_people",
                     "Philippine President Ramon Villareal and Vietnamese Prime Minister Tran Quoc Minh held talks "
                     "in Hanoi on Thursday.",
                     "Ramon Villareal meets Tran Quoc Minh; Ramon Villareal represents Philippines; Tran Quoc Minh "
                     "represents Vietnam"},
        // A tally is nobody's vote; co-drafters publish.
        pattern_case{"tally_and_drafters",
                     "Resolution 2819, which was co-drafted by France and Greece, was adopted by 13 votes in favour "
                     "to none against, with 2 abstentions (China, Russian Federation).",
                     "China abstains resolution 2819; France publishes resolution 2819; Greece publishes resolution "
                     "2819; Russia abstains resolution 2819"},
        // "they" for the subjects named together before; "them" for a list just named.
        pattern_case{"they_after_a_group",
                     "China and Russia voted against the resolution. They argued that the council should not "
                     "discuss it. They criticised the United States.",
                     "China criticizes United States; China votes-against Resolution (t); Russia criticizes United "
                     "States; Russia votes-against Resolution (t)"},
        pattern_case{"them_after_a_list",
                     "The European Union imposed sanctions on Belarus and Iran, accusing them of rights abuses.",
                     "European Union accuses Belarus; European Union accuses Iran; European Union sanctions Belarus; "
                     "European Union sanctions Iran"},
        pattern_case{"taking_a_place_is_an_attack", "M23 fighters captured Goma and Bukavu.",
                     "M23 attacks Bukavu; M23 attacks Goma"},
        pattern_case{"taking_a_person_is_a_detention", "Belarus captured the activist Ales Bialiatski.",
                     "Belarus detains Ales Bialiatski"},
        pattern_case{"taking_a_thing_is_neither", "Iran seized a tanker in the Strait of Hormuz.", ""},
        pattern_case{"capital_placed_by_the_text", "Police detained Ales Bialiatski in Minsk, Belarus.",
                     "Belarus detains Ales Bialiatski; Minsk located-in Belarus"},
        pattern_case{"what_a_state_holds", "The United States recognised Moroccan sovereignty over the territory.",
                     "United States supports Morocco"},
        pattern_case{"people_of_a_state_are_not_it", "Germany backed Chinese exiles.", ""},
        pattern_case{"part_of_the_body_named_not_its_state",
                     "The US Treasury's Office of Foreign Assets Control sanctioned two Iranian judges. The United "
                     "States said more would follow.",
                     "Office of Foreign Assets Control part-of US Treasury Department; US Treasury Department part-of "
                     "United States"},
        pattern_case{"part_of_the_state_when_no_body_between_is_named",
                     "The Office of Foreign Assets Control sanctioned two Iranian judges. The United States said more "
                     "would follow.",
                     "Office of Foreign Assets Control part-of United States"},
        pattern_case{"who_said_it_is_not_one_more_object", "The UN Human Rights Council criticised Eritrea, the United "
                     "Nations said.",
                     "UN Human Rights Council criticizes Eritrea; UN Human Rights Council part-of United Nations"},
        pattern_case{"the_ministry_that_speaks_is_the_subjects", "China criticised Japan, the foreign ministry said.",
                     "China criticizes Japan; Chinese foreign ministry part-of China"},
        pattern_case{"shared_name_default", "Congo criticised France.", "Democratic Republic of the Congo criticizes France"},
        pattern_case{"shared_name_named_otherwise_later", "Congo criticised France. Brazzaville wants talks.",
                     "Republic of the Congo criticizes France"},
        pattern_case{"shared_name_named_before", "Talks in Brazzaville stalled. Congo criticised France.",
                     "Republic of the Congo criticizes France"},
        pattern_case{"boilerplate", "GENEVA - Sign up for our newsletter about Russia and China.", ""},
        pattern_case{"boilerplate_only_from_a_word_start",
                     "Ukraine criticised Russia, which had spread more troops in the east.", "Ukraine criticizes Russia"},
        pattern_case{"boilerplate_after_a_curly_apostrophe", "Russia\u2019s view: read more about China.", ""}),
    [](const ::testing::TestParamInfo<pattern_case>& info) { return std::string(info.param.name); });

TEST(Extractor, SameEntityUnderItsOtherNamesIsOneNode) {
  auto g = read("North Korea rejected the report. Pyongyang said the DPRK would never comply. "
                "N. Korea's envoy left.");
  EXPECT_EQ(dump_nodes(g, "; "), "Report Report (t); State North Korea");
}

TEST(Extractor, PlacesAndKnownPeopleCarryTheLexiconsWikidataQid) {
  lexicon lex = lexicon::builtin(NEWSGRAPH_SOURCE_DIR "/extract/lexicon");
  lex.load_text(R"({"people": [{"name": "Ana Ruiz", "wikidata": "Q900000001", "surnames": ["Ruiz"],
                    "held": [{"title": "foreign minister", "of": "ESP", "from": 2001, "to": 2004}]}]})",
                "invented");
  const extractor x(lex);
  document d;
  d.id = "t";
  d.text = "Foreign Minister Ana Ruiz criticised Portugal over the shelling of Kharkiv.";
  const knowledge_graph g = x.extract(d);
  auto qid = [&](std::string_view key) {
    auto v = g.find(key);
    return v ? g[*v].wikidata : "(no node " + std::string(key) + ")";
  };
  EXPECT_EQ(qid("place:kharkiv"), "Q42308");
  EXPECT_EQ(qid("person:ana-ruiz"), "Q900000001");
  EXPECT_EQ(qid("state:prt"), "Q45");
}

TEST(Extractor, APlaceNounALexiconAddsNamesAPlaceByItsKind) {
  const std::string text = "Police raided the Santa Ilda favela of Brazil on Monday, residents said.";
  auto located = [&](const lexicon& lex) {
    const extractor x(lex);
    document d;
    d.id = "t";
    d.text = text;
    const knowledge_graph g = x.extract(d);
    for (auto e : g.edges_in_order())
      if (g[e].rel == relation::located_in && g.source(e).label == "Santa Ilda" && g.target(e).key == "state:bra")
        return true;
    return false;
  };
  lexicon lex = lexicon::builtin(NEWSGRAPH_SOURCE_DIR "/extract/lexicon");
  EXPECT_FALSE(located(lex));
  lex.load_text(R"({"word_classes": {"place_noun": ["favela"]}})", "user");
  EXPECT_TRUE(located(lex));
}

TEST(Extractor, EdgesCarryEvidenceOffsetsAndTrigger) {
  std::string text = "Officials met on Monday.\n\nCanada imposed sanctions on Iran.";
  auto g = read(text);
  ASSERT_EQ(g.edge_count(), 1u);
  auto e = g.edges_in_order().front();
  ASSERT_EQ(g[e].evidence.size(), 1u);
  const auto& p = g[e].evidence.front();
  EXPECT_EQ(p.sentence, "Canada imposed sanctions on Iran.");
  EXPECT_EQ(text.substr(p.start, p.end - p.start), p.sentence);
  EXPECT_EQ(p.trigger, "imposed sanctions on");
  EXPECT_EQ(p.doc, "t");
  EXPECT_GT(g[e].confidence, 0.0);
  EXPECT_LE(g[e].confidence, 1.0);
}

TEST(Extractor, StructuralEdgesCiteTheSentenceThatImpliesThem) {
  // The ministry implies its state without naming it: its part-of edge cites the ministry's
  // sentence, not the article's last.
  auto g = read("Officials met on Monday. The Afghan foreign ministry criticised Japan. "
                "Talks resume next week.");
  bool seen = false;
  for (auto e : g.edges_in_order()) {
    if (g[e].rel != relation::part_of) continue;
    seen = true;
    ASSERT_EQ(g[e].evidence.size(), 1u);
    EXPECT_EQ(g[e].evidence.front().sentence, "The Afghan foreign ministry criticised Japan.");
  }
  EXPECT_TRUE(seen);
}

TEST(Extractor, ExtractingIntoAGraphEqualsMergingTheArticlesGraph) {
  std::vector<document> docs(3);
  docs[0].text = "China criticised the UN call. Russia and China voted against the resolution.";
  docs[1].text = "Russia voted against the resolution on Monday. France condemned Russia.";
  docs[2].text = "France condemned Russia again, and China criticised France.";
  for (std::size_t i = 0; i < docs.size(); ++i) {
    const char n = static_cast<char>('1' + i);
    docs[i].id = std::string{'d', n};
    docs[i].date = std::string("2026-01-0") + n;
  }
  knowledge_graph merged, into;
  for (const auto& d : docs) {
    merged.merge(shared_extractor().extract(d));
    shared_extractor().extract_into(d, into);
  }
  ASSERT_FALSE(merged.empty());
  EXPECT_EQ(dump_nodes(into), dump_nodes(merged));
  EXPECT_EQ(dump_edges(into), dump_edges(merged));
  auto me = merged.edges_in_order(), ie = into.edges_in_order();
  ASSERT_EQ(ie.size(), me.size());
  for (std::size_t i = 0; i < me.size(); ++i) EXPECT_EQ(into[ie[i]], merged[me[i]]);
  auto mn = merged.nodes_in_order(), in = into.nodes_in_order();
  for (std::size_t i = 0; i < mn.size(); ++i) EXPECT_EQ(into[in[i]], merged[mn[i]]);
}

TEST(Extractor, AGroupDescribedByALexiconNameIsNoBodyOfThatName) {
  // "Russian" is a demonym: "the Russian mercenary group" makes no body called "Russian".
  EXPECT_EQ(dump_nodes(read("Mali accused the Russian mercenary group of abuses."), "; "), "State Mali");
}

TEST(Extractor, EmptyAndBinaryLikeTextGiveEmptyGraphs) {
  EXPECT_TRUE(read("").empty());
  EXPECT_TRUE(read("\xff\xfe\x01 ((( ))) ... ,,,").empty());
}

}  // namespace
}  // namespace newsgraph
