#include "recognize/places/place_words.h"

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <vector>

#include "recognize/places/word_set.h"

namespace sitrep::places {
namespace {

std::string_view strip_period(std::string_view w) {
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  return w;
}

}  // namespace

namespace {

// Words -> the bit set of the fixed lists that hold them, so one lookup
// answers every list a rule asks about.
class ListsByWord {
 public:
  [[nodiscard]] uint8_t lists_of(std::string_view word) const {
    const int id = words_.find(word);
    return id < 0 ? 0 : lists_[static_cast<size_t>(id)];
  }
  // False when no list holds the word (WordSet::may_contain).
  [[nodiscard]] bool may_hold(std::string_view word) const { return words_.may_contain(word); }

 protected:
  void add(uint8_t list, std::initializer_list<std::string_view> words) {
    words_.reserve(2 * (lists_.size() + words.size()));  // a quarter full: misses end quickly
    for (const std::string_view w : words) {
      const auto id = static_cast<size_t>(words_.insert(w));
      if (id == lists_.size()) lists_.push_back(0);
      lists_[id] |= list;
    }
  }

 private:
  WordSet words_;
  std::vector<uint8_t> lists_;  // by word id: list bits
};

// The case-sensitive lists in one table, each word with the lists that hold
// it: the finder asks several of them about nearly every capitalised word,
// and one lookup answers all.
enum WrittenList : uint8_t { kFunctionWords = 1, kStopwords = 2, kOrgWords = 4, kPlacePrefixes = 8 };

class WrittenLists : public ListsByWord {
 public:
  WrittenLists() {
    add(kFunctionWords, {
      "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I",
      "You", "His", "Her", "Their", "Our", "My", "Your", "In", "On", "At", "For", "From", "With",
      "By", "As", "But", "And", "Or", "Nor", "If", "When", "While", "After", "Before", "During",
      "Since", "Until", "Although", "Though", "Because", "So", "Then", "There", "Here", "What",
      "Who", "Whom", "Whose", "Which", "Where", "Why", "How", "All", "Some", "Many", "Most",
      "Several", "Both", "Each", "Every", "No", "Not", "Yes", "One", "Two", "Three", "Four",
      "Five", "Six", "Seven", "Eight", "Nine", "Ten", "First", "Second", "Third", "Last", "Next",
      "Other", "Another", "Such", "Also", "Only", "Even", "Still", "Just", "More", "Less", "Much",
      "Now", "Today", "Yesterday", "Tomorrow", "Tonight", "According", "About", "Over", "Under",
      "Into", "Onto", "Upon", "Against", "Between", "Among", "Through", "Across", "Around",
      "Without", "Within", "Despite", "Unlike", "Like", "Per", "Via", "Do", "Does", "Did",
      "Is", "Are", "Was", "Were", "Be", "Been", "Has", "Have", "Had", "Will", "Would", "Can",
      "Could", "May", "Might", "Must", "Shall", "Should", "Let", "Please", "Thanks", "Mr", "Mrs",
      "Ms", "Dr", "St", "Photo", "Video", "Click", "Read", "Watch", "Share", "Comment", "Comments",
      "Copyright", "Related", "Advertisement", "Update", "Updated", "Posted", "Editor", "Note",
    });
    add(kStopwords, {
      // months and days
      "January", "February", "March", "April", "June", "July", "August", "September", "October",
      "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
      "Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
      "Sunday", "Christmas", "Easter", "Ramadan", "Eid",
      // common words that are also the name of some small place
      "Police", "Army", "Navy", "Justice", "Union", "Unity", "Liberty", "Hope", "Progress",
      "Reform", "Independence", "Freedom", "Victory", "Security", "Defense", "Defence", "Energy",
      "Health", "Education", "Commerce", "Enterprise", "Friendship", "Republic", "Federal",
      "National", "General", "Central", "Council", "Court", "Congress", "Parliament", "Senate",
      "House", "Office", "Ministry", "Department", "Government", "State", "City", "County", "Town",
      "Village", "Street", "Road", "Avenue", "Highway", "Church", "School", "College", "University",
      "Hospital", "Center", "Centre", "Park", "Museum", "Library", "Bank", "Market", "Airport",
      "Station", "Prison", "Jail", "Camp", "Base", "Bridge", "Square", "Hall", "Tower", "Palace",
      "Mosque", "Temple", "Beach", "Lake", "River", "Mountain", "Valley", "Island", "Forest",
      "Police Department", "Man", "Woman", "Men", "Women", "People", "Family", "Children",
      "Father", "Mother", "Son", "Daughter", "Brother", "Sister", "Wife", "Husband", "Friends",
      "Group", "Party", "Forces", "Force", "Troops", "Soldiers", "Rebels", "Militants", "Fighters",
      "Islamic", "Muslim", "Muslims", "Christian", "Christians", "Jewish", "Jews", "Arab", "Arabs",
      "Kurdish", "Kurds", "Sunni", "Shia", "Shiite", "Alawite", "Druze", "Coalition", "Alliance",
      "Front", "Brigade", "Brigades", "Battalion", "Division", "Regiment", "Movement", "Committee",
      "Agency", "Association", "Foundation", "Institute", "Company", "Corporation", "Inc",
      "Sheriff", "Deputy", "Officer", "Officers", "Chief", "Judge", "Mayor", "Governor", "President",
      "Minister", "Secretary", "Spokesman", "Spokeswoman", "Director", "Manager", "Commissioner",
      "Attorney", "Agent", "Trooper", "Captain", "Lieutenant", "Sergeant", "Colonel", "Major",
      "Private", "Coach", "Doctor", "Professor", "Pastor", "Reverend", "King", "Queen", "Prince",
      "Princess", "Lord", "Lady", "Sir", "Saint", "God", "Allah", "Jesus", "Christ", "Bible",
      "Koran", "Quran", "Internet", "Facebook", "Twitter", "Google", "Apple", "Amazon", "Windows",
      "Star", "Sun", "Moon", "Earth", "World", "Nation", "Nations", "United", "Free", "New", "Old",
      "Big", "Little", "Great", "Good", "Best", "Royal", "Grand", "High", "Low", "Long", "Short",
      "Early", "Late", "Young", "Senior", "Junior", "Happy", "Love", "Peace", "War", "Fire",
      "Water", "Power", "Home", "Welcome", "Business", "Sports", "News", "Weather", "Money",
      "Life", "Time", "Times", "Day", "Night", "Morning", "Evening", "Week", "Year", "Years",
      "Ohh", "Wow", "Hey", "Oh", "OK", "Ok", "Okay", "Bill", "Act", "Law", "Rule", "Order",
      "Washington Post", "Democrat", "Democrats", "Republican", "Republicans", "Democratic",
      "Conservative", "Liberal", "Labour", "Labor", "Green", "Greens", "Red", "Blue", "White",
      "Black", "Brown", "Gold", "Silver", "Iron", "Stone", "Wood", "Glass", "Boy", "Girl",
      "Boys", "Girls", "Baby", "Kids", "Team", "Club", "League", "Cup", "Games", "Olympic",
      "Olympics", "Championship", "Series", "Super", "Bowl", "Tech", "Media", "Press", "Radio",
      "Television", "Online", "Mobile Phone", "Phone", "Email", "Web", "Site", "Page", "Story",
      "Report", "Reports", "Statement", "Release", "Service", "Services", "System", "Program",
      "Project", "Plan", "Fund", "Funds", "Tax", "Budget", "Trade", "Industry", "Economy",
      "Market", "Markets", "Stock", "Oil", "Gas", "Food", "Aid", "Relief", "Rescue", "Emergency",
      "Crisis", "Disaster", "Storm", "Hurricane", "Flood", "Earthquake", "Attack", "Attacks",
      "Bomb", "Blast", "Explosion", "Strike", "Strikes", "Shelling", "Clashes", "Battle",
      "Operation", "Mission", "Border", "Borders", "North", "South", "East", "West", "Northern",
      "Southern", "Eastern", "Western", "Mid", "Upper", "Lower", "Inner", "Outer", "Middle",
      "Southeast", "Southwest", "Northeast", "Northwest", "Downtown", "Uptown", "Midtown",
      "Metro", "Greater", "Rural", "Urban", "Local", "Regional", "International", "Global",
      "Foreign", "Domestic", "Interior", "Homeland", "Public", "Private", "Social", "Civil",
      "Human", "Rights", "Red Cross", "Crescent", "Doctors", "Borders", "Amnesty", "Watch",
      "Observatory", "Monitor", "Council", "Assembly", "Cabinet", "Authority", "Authorities",
      "Administration", "Regime", "Opposition", "Resistance", "Revolution", "Revolutionary",
      "Guard", "Guards", "Militia", "Militias", "Special", "Unit", "Units", "Command", "Staff",
      "Superior", "Section", "Class", "Academy", "Gulf", "Area", "Measure", "Bench", "Crate",
      "Reserve", "Supreme", "Clean", "Lot", "Legion", "Eagle", "Continental", "Delta", "Post",
      "Bond", "Trail", "Recovery", "Census", "Mound", "Celebration", "Landmark", "Bar", "Marshal",
      "Warden", "Dimes", "Walmart", "Wal-Mart", "Passover", "Hanukkah", "Thanksgiving",
      "Halloween", "Memorial", "Veterans", "Labor Day", "White House", "Wall Street",
      "Capitol Hill", "Pentagon", "Kremlin", "Downing Street", "Hamas", "Fatah", "Hezbollah",
      "Hizbollah", "Hizbullah", "Taliban", "Nusra", "ISIS", "ISIL", "Daesh", "Qaeda", "NATO",
      "Shabaab", "Boko", "Haram", "Houthi", "Houthis", "Sharia", "Jihad", "Peshmerga",
      "YPG", "SDF", "FSA", "Ahrar", "Jaish", "Liwa", "Kataib", "Harakat", "Tahrir",
      "Tri-State", "English", "Latin", "Indians", "Scripture", "Gospel", "Bakery", "Building",
      "Part", "Loop", "Creek", "Ridge", "Land", "Parks", "Action", "Plus", "Panther", "Angels",
    });
    add(kOrgWords, {
      "Police", "Sheriff", "Sheriff's", "Department", "Dept", "Fire", "Rescue", "EMS", "City",
      "County", "State", "Township", "Village", "Town", "Borough", "Parish", "District", "Metro",
      "Council", "Commission", "Board", "Court", "Courthouse", "Jail", "Prison", "Detention",
      "Correctional", "High", "Middle", "Elementary", "School", "Schools", "Academy", "College",
      "University", "Community", "Public", "Library", "Hospital", "Medical", "Health", "Clinic",
      "Regional", "Memorial", "Airport", "International", "National", "Highway", "Road", "Street",
      "Avenue", "Boulevard", "Drive", "Lane", "Parkway", "Bridge", "Park", "Square", "Center",
      "Centre", "Museum", "Church", "Mosque", "Cathedral", "Temple", "Synagogue", "Cemetery",
      "Chamber", "Mayor", "Governor", "Area", "Region", "Province", "Governorate", "Division",
      "Army", "Navy", "Air", "Military", "Guard", "Brigade", "Battalion", "Forces", "Force",
      "Ministry", "Government", "Office", "Attorney", "Superior", "Circuit", "Municipal",
      "Senior", "Junior", "Volunteer", "Water", "Electric", "Power", "Gas", "Utilities", "Transit",
      "Housing", "Authority", "Agency", "Bureau", "Service", "Services", "Zoo", "Stadium", "Arena",
      "Mall", "Market", "Station", "Port", "Harbor", "Harbour", "Bay", "River", "Lake", "Creek",
      "Mountain", "Mountains", "Valley", "Falls", "Springs", "Beach", "Island", "Islands",
      "Times", "Post", "Tribune", "Journal", "Herald", "News", "Gazette", "Star", "Daily", "Sun",
      "Chronicle", "Observer", "Examiner", "Register", "Courier", "Telegraph", "Record",
      "Dispatch", "Ledger", "Press", "Bee", "Globe", "Inquirer", "Star-Telegram", "Enquirer",
      "Free", "Republic", "Democrat", "Republican", "Party", "Democratic", "Fair", "Festival",
      "Symphony", "Orchestra", "Theatre", "Theater", "Arts", "Art", "Club", "Society",
      "Association", "Foundation", "Institute", "Corp", "Company", "Co", "Inc", "Bank",
      "Chapter", "Kennel", "Crimestoppers", "Coroner", "Commissioners", "Legislature",
      "Assembly", "Cabinet", "Embassy", "Consulate", "Mission", "Base", "Camp", "Fort",
      "Front", "Revolutionary", "Liberation", "Movement", "Committee", "Coalition", "Alliance",
      "Observatory", "Red", "Crescent", "Cross", "Olympic", "Olympics", "Games", "Cup", "Open",
      "Marathon", "Team", "FC", "United", "Rangers", "Tech", "Heights", "Hills", "Plaza",
      "Towers", "Tower", "Hotel", "Inn", "Motel", "Restaurant", "Cafe", "Farm", "Farms",
      "Ranch", "Mill", "Plant", "Factory", "Industries", "Railroad", "Railway", "Line", "Lines",
      "Airlines", "Airways", "Express", "Region's", "Times-Union", "Journal-Constitution",
      "Post-Gazette", "Sun-Times", "Free Press", "Metropolitan", "Capital", "Capitol",
      "Clerk", "Manager", "Administrator", "Judge", "Judge-Executive", "Executive", "Fiscal",
      "Historical", "Historic", "Convention", "Visitors", "Veterans", "Recreation",
      "Environmental", "Lions", "Rotary", "Kiwanis", "Elks", "Foreign", "Defense", "Interior",
      "Economic", "Development", "Planning", "Zoning", "Parks", "Public Works", "Works",
      "Utility", "Sanitation", "Emergency", "Management", "Preparedness", "Sheriffs",
      "Officials", "Residents", "Voters", "Students", "Teachers", "Chiefs", "Commissioner",
      "Auditor", "Treasurer", "Assessor", "Prosecutor", "Prosecutor's", "Solicitor", "Magistrate",
      "Sessions", "Probate", "Family", "Juvenile", "Drug", "Task", "Narcotics", "Animal",
      "Shelter", "Humane", "Habitat", "United Way", "YMCA", "Boys", "Girls", "Scouts",
      "Little", "Youth", "Adult", "Literacy", "Chemical", "Stockpile", "Airways", "Bulldogs",
      "Tigers", "Panthers", "Eagles", "Wildcats", "Bears", "Lady", "Warriors", "Knights",
      "Cardinals", "Falcons", "Rebels", "Hornets", "Braves", "Pirates", "Raiders", "Mustangs",
      "Trojans", "Spartans", "Indians", "Chamber", "Commerce", "Tourism", "Downtown", "Main",
      "Riverfront", "Waterfront", "Central", "Regional", "Technical", "Vocational", "Career",
      "Christian", "Catholic", "Baptist", "Methodist", "Presbyterian", "Lutheran", "Episcopal",
      "Islamic", "Jewish", "Orthodox", "Diocese", "Archdiocese", "Ministries", "Mission",
      "Ministry's", "Foreign Ministry", "Defence", "Armed", "Security", "Intelligence",
    });
    add(kPlacePrefixes, {
      "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
      "Northeast", "Northwest", "Southeast", "Southwest", "Northeastern", "Northwestern",
      "Southeastern", "Southwestern", "Central", "Upper", "Lower", "Greater", "Metro",
      "Metropolitan", "Downtown", "Midtown", "Uptown", "Historic", "Old", "Rural", "Coastal",
      "Inner", "Outer", "Mid", "Suburban", "Occupied", "Barangay", "Kebele", "Tehsil", "Mahalla",
      "Kampung", "Desa", "Kelurahan", "Wilayat", "Muhafazat", "The", "In", "At", "From", "To", "Near",
      "Outside", "Across", "Around", "Of", "And", "For", "On", "By", "With", "Across",
    });
  }
};

uint8_t written_lists_of(std::string_view word) {
  static const WrittenLists kLists;
  return kLists.lists_of(word);
}

}  // namespace

WrittenWordClasses written_word_classes(std::string_view word) {
  const uint8_t lists = written_lists_of(word);
  return {(lists & kFunctionWords) != 0, (lists & (kFunctionWords | kStopwords)) != 0, (lists & kOrgWords) != 0,
          (lists & kPlacePrefixes) != 0};
}

bool is_function_word(std::string_view word) { return (written_lists_of(word) & kFunctionWords) != 0; }

bool is_stopword(std::string_view word) { return (written_lists_of(word) & (kFunctionWords | kStopwords)) != 0; }

namespace {

// The lists a word is looked up in lowercase (is_title, unit_word) in one
// table, each word with the lists that hold it: the finder asks both about
// nearly every capitalised word, and one lowercasing and one lookup answer.
enum LowercaseList : uint8_t {
  kTitles = 1,            // is_title, a word not written in lowercase
  kLowercaseTitles = 2,   // is_title, a word written in lowercase
  kAdmin1Units = 4,       // unit_word: kAdmin1
  kAdmin2Units = 8,       // kAdmin2
  kSettlementUnits = 16,  // kSettlement
};

class LowercaseLists : public ListsByWord {
 public:
  LowercaseLists() {
    // Only roles that are not also adjectives ("general", "major",
    // "private" are): "coach Ripley", "investigator Scott Wheatley".
    add(kLowercaseTitles, {
      "coach", "sheriff", "officer", "deputy", "detective", "investigator", "trooper",
      "spokesman", "spokeswoman", "attorney", "judge", "sergeant", "lieutenant", "captain",
      "president", "senator", "governor", "mayor", "commissioner", "superintendent", "pastor",
      "reverend", "rabbi", "imam", "councilman", "councilwoman", "patrolman", "firefighter",
      "minister", "ambassador", "chairman", "chairwoman", "director", "manager", "principal",
      "teacher", "student", "junior", "senior", "freshman", "sophomore", "defendant", "victim",
      "suspect", "driver", "resident", "owner", "lawyer", "prosecutor", "physician", "dr",
      "mr", "mrs", "ms", "actor", "actress", "singer", "author", "artist", "reporter",
      "photographer", "columnist", "correspondent", "analyst", "professor", "researcher",
    });
    add(kTitles, {
      "mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "president", "vice", "premier",
      "minister", "secretary", "senator", "sen", "rep", "representative", "gov", "governor",
      "mayor", "judge", "justice", "general", "gen", "col", "colonel", "maj", "major", "capt",
      "captain", "lt", "lieutenant", "sgt", "sergeant", "cpl", "corporal", "pvt", "private",
      "officer", "deputy", "sheriff", "chief", "commissioner", "detective", "det", "trooper",
      "coach", "rev", "reverend", "father", "pastor", "bishop", "rabbi", "imam", "king", "queen",
      "prince", "princess", "emperor", "pope", "prof", "professor", "dean", "principal",
      "attorney", "ambassador", "spokesman", "spokeswoman", "commander", "cmdr", "adm",
      "admiral", "brig", "mullah", "ayatollah", "emir", "sultan", "councilman", "councilwoman",
      "councilor", "alderman", "supt", "superintendent", "chairman", "chairwoman", "director",
      "agent", "patrolman", "firefighter", "nurse", "brother", "sister", "uncle", "aunt", "mrs.",
      "st.", "saint",
    });
    add(kAdmin1Units, {
      "province", "provinces", "governorate", "governorates", "region", "regions", "state",
      "states", "oblast", "oblasts", "prefecture", "prefectures", "department", "departments",
      "wilayat", "muhafazat", "emirate",
    });
    add(kAdmin2Units, {
      "district", "districts", "county", "counties", "parish", "parishes", "subdistrict",
      "sub-district", "municipality", "raion", "rayon", "zone", "local", "lga",
    });
    add(kSettlementUnits, {
      "city", "town", "village", "villages", "towns", "cities", "neighbourhood", "neighborhood",
      "neighbourhoods", "neighborhoods", "district's", "suburb", "suburbs", "quarter", "camp",
      "hamlet", "settlement",
    });
  }

  // lists_of() takes a word lowercased by LowerWord; may_hold() is asked
  // before lowercasing and spares most words that.
};

const LowercaseLists& lowercase_lists() {
  static const LowercaseLists kLists;
  return kLists;
}

UnitHint unit_of(uint8_t lists) {
  if (lists & kAdmin1Units) return UnitHint::kAdmin1;
  if (lists & kAdmin2Units) return UnitHint::kAdmin2;
  if (lists & kSettlementUnits) return UnitHint::kSettlement;
  return UnitHint::kNone;
}

// is_title of a word without a final period, given its lowercase form and
// that form's lists: a word written in lowercase is compared as written.
bool is_title_of(std::string_view word, std::string_view lowered, uint8_t lists) {
  if (!word.empty() && word.front() >= 'a' && word.front() <= 'z') {
    return (lists & kLowercaseTitles) != 0 && word == lowered;
  }
  return (lists & kTitles) != 0;
}

}  // namespace

bool is_title(std::string_view word) {
  const std::string_view bare = strip_period(word);
  if (!lowercase_lists().may_hold(bare)) return false;
  const LowerWord lowered(bare);
  return is_title_of(bare, lowered.view(), lowercase_lists().lists_of(lowered.view()));
}

TitleAndUnit title_and_unit(std::string_view word) {
  if (!word.empty() && word.back() == '.') return {is_title(word), unit_word(word)};
  if (!lowercase_lists().may_hold(word)) return {};
  const LowerWord lowered(word);
  const uint8_t lists = lowercase_lists().lists_of(lowered.view());
  return {is_title_of(word, lowered.view(), lists), unit_of(lists)};
}

bool is_org_word(std::string_view word) { return (written_lists_of(word) & kOrgWords) != 0; }

bool is_place_prefix(std::string_view word) { return (written_lists_of(word) & kPlacePrefixes) != 0; }

bool is_name_connector(std::string_view word) {
  static const WordSet kWords = {"of", "de", "del", "della", "di", "da", "do", "dos", "das", "du",
                                 "des", "la", "le", "les", "el", "al", "ez", "es", "as", "ad",
                                 "ar", "an", "az", "ash", "ath", "at", "on", "upon", "sur",
                                 "y", "and", "the", "im", "am", "an", "bin", "ibn", "abu", "bou",
                                 "ben", "van", "von", "der", "den", "ul", "e"};
  return kWords.count(word) > 0;
}

UnitHint unit_word(std::string_view word) {
  if (!lowercase_lists().may_hold(word)) return UnitHint::kNone;
  return unit_of(lowercase_lists().lists_of(LowerWord(word).view()));
}

bool is_vicinity_word(std::string_view word) {
  static const WordSet kWords = {"near", "nearby", "outside", "outskirts", "countryside",
                                 "around", "vicinity", "suburbs", "north", "south", "east",
                                 "west", "northeast", "northwest", "southeast", "southwest",
                                 "north-east", "north-west", "south-east", "south-west",
                                 "northern", "southern", "eastern", "western", "km", "kms",
                                 "kilometres", "kilometers", "miles", "mile", "environs",
                                 "periphery", "edge", "close", "surrounding", "rural"};
  return kWords.may_contain(word) && kWords.count(LowerWord(word).view()) > 0;
}

bool is_settlement_frame(std::string_view word) {
  static const WordSet kWords = {
      "village", "villages", "town", "area", "district", "locality", "neighbourhood",
      "neighborhood", "camp", "settlement", "hamlet", "suburb", "quarter", "sub-district",
      "subdistrict", "commune", "municipality"};
  return kWords.may_contain(word) && kWords.count(LowerWord(word).view()) > 0;
}

bool is_locative_preposition(std::string_view word) {
  // Not "of", "to", "on": "the body of Verduin", "said to Smith".
  static const WordSet kWords = {"in", "near", "from", "at", "outside", "into", "across",
                                 "toward", "towards", "around", "through", "inside", "within",
                                 "throughout", "outskirts"};
  return kWords.count(word) > 0;
}

bool is_speech_verb(std::string_view word) {
  static const WordSet kWords = {"said", "says", "told", "added", "stated", "explained",
                                 "noted", "asked", "wrote", "replied", "declared", "argued",
                                 "insisted", "warned", "urged", "called", "announced"};
  return kWords.count(word) > 0;
}

bool is_unit_prefix(std::string_view w) {
  return w == "Barangay" || w == "Kebele" || w == "Tehsil" || w == "Mahalla" || w == "Kampung" ||
         w == "Desa" || w == "Kelurahan";
}

bool is_frame_preposition(std::string_view w) {
  return w == "in" || w == "at" || w == "near" || w == "around" || w == "outside";
}

bool is_name_suffix(std::string_view w) {
  return w == "Jr" || w == "Sr" || w == "II" || w == "III" || w == "IV";
}

}  // namespace sitrep::places
