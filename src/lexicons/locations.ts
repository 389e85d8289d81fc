/**
 * Word lists for location extraction: a small gazetteer (countries, US states, major cities and
 * regions), the facility and feature words that make a capitalised name a place ("X Cosmodrome",
 * "Gulf of X"), and the names of the one place that is also a vehicle, the space station.
 *
 * Keep it general: whole categories (all countries, all US states) or places any news desk knows.
 * Never add a place because one article mentions it; the facility and feature patterns are what
 * find small places.
 *
 * Traps, read before adding:
 * - Cities that are common words are left out on purpose: Nice, Split, Reading, Mobile, Bath,
 *   Derby, Orange, Eureka. Add them and every "nice" at a sentence start becomes a city.
 * - Cities and states that are also first names or surnames (Houston, Austin, Jackson, Georgia,
 *   Jordan, Chad, Victoria, Florence, Charlotte, Lincoln) are listed, but the rules drop a match
 *   that follows a first name ("Whitney Houston") or sits inside a person span.
 * - "US", "U.S.", "UK" are mostly adjectives ("the U.S. agency"): they count as places only after
 *   a preposition ("in the U.S."), see `prepositionOnly`.
 * - A place inside an organisation name is not a location mention: "Japan Coast Guard",
 *   "Washington Post", "Houston Rockets". The locations refiner drops places inside org spans.
 */

export const countries: readonly string[] = [
  'Afghanistan', 'Albania', 'Algeria', 'Andorra', 'Angola', 'Antigua and Barbuda', 'Argentina', 'Armenia',
  'Australia', 'Austria', 'Azerbaijan', 'Bahamas', 'Bahrain', 'Bangladesh', 'Barbados', 'Belarus',
  'Belgium', 'Belize', 'Benin', 'Bhutan', 'Bolivia', 'Bosnia and Herzegovina', 'Botswana', 'Brazil',
  'Brunei', 'Bulgaria', 'Burkina Faso', 'Burundi', 'Cambodia', 'Cameroon', 'Canada', 'Cape Verde',
  'Central African Republic', 'Chad', 'Chile', 'China', 'Colombia', 'Comoros', 'Congo', 'Costa Rica',
  'Croatia', 'Cuba', 'Cyprus', 'Czech Republic', 'Czechia', 'Denmark', 'Djibouti', 'Dominica',
  'Dominican Republic', 'East Timor', 'Ecuador', 'Egypt', 'El Salvador', 'Equatorial Guinea', 'Eritrea',
  'Estonia', 'Eswatini', 'Ethiopia', 'Fiji', 'Finland', 'France', 'Gabon', 'Gambia', 'Georgia',
  'Germany', 'Ghana', 'Greece', 'Grenada', 'Guatemala', 'Guinea', 'Guinea-Bissau', 'Guyana', 'Haiti',
  'Honduras', 'Hungary', 'Iceland', 'India', 'Indonesia', 'Iran', 'Iraq', 'Ireland', 'Israel', 'Italy',
  'Ivory Coast', 'Jamaica', 'Japan', 'Jordan', 'Kazakhstan', 'Kenya', 'Kiribati', 'Kosovo', 'Kuwait',
  'Kyrgyzstan', 'Laos', 'Latvia', 'Lebanon', 'Lesotho', 'Liberia', 'Libya', 'Liechtenstein', 'Lithuania',
  'Luxembourg', 'Madagascar', 'Malawi', 'Malaysia', 'Maldives', 'Mali', 'Malta', 'Marshall Islands',
  'Mauritania', 'Mauritius', 'Mexico', 'Micronesia', 'Moldova', 'Monaco', 'Mongolia', 'Montenegro',
  'Morocco', 'Mozambique', 'Myanmar', 'Namibia', 'Nauru', 'Nepal', 'Netherlands', 'New Zealand',
  'Nicaragua', 'Niger', 'Nigeria', 'North Korea', 'North Macedonia', 'Norway', 'Oman', 'Pakistan',
  'Palau', 'Palestine', 'Panama', 'Papua New Guinea', 'Paraguay', 'Peru', 'Philippines', 'Poland',
  'Portugal', 'Qatar', 'Romania', 'Russia', 'Rwanda', 'Saint Lucia', 'Samoa', 'San Marino',
  'Saudi Arabia', 'Senegal', 'Serbia', 'Seychelles', 'Sierra Leone', 'Singapore', 'Slovakia', 'Slovenia',
  'Solomon Islands', 'Somalia', 'South Africa', 'South Korea', 'South Sudan', 'Spain', 'Sri Lanka',
  'Sudan', 'Suriname', 'Sweden', 'Switzerland', 'Syria', 'Taiwan', 'Tajikistan', 'Tanzania', 'Thailand',
  'Togo', 'Tonga', 'Trinidad and Tobago', 'Tunisia', 'Turkey', 'Türkiye', 'Turkmenistan', 'Tuvalu',
  'Uganda', 'Ukraine', 'United Arab Emirates', 'United Kingdom', 'United States', 'Uruguay',
  'Uzbekistan', 'Vanuatu', 'Vatican City', 'Venezuela', 'Vietnam', 'Yemen', 'Zambia', 'Zimbabwe',
  'England', 'Scotland', 'Wales', 'Northern Ireland', 'Greenland', 'Puerto Rico', 'Hong Kong', 'Macau',
];

export const usStates: readonly string[] = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware',
  'Florida', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana',
  'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana',
  'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina',
  'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina',
  'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia',
  'Wisconsin', 'Wyoming',
];

/** Regions, provinces and large areas news desks name without a country. */
export const regions: readonly string[] = [
  'Europe', 'Asia', 'Africa', 'North America', 'South America', 'Latin America', 'Middle East',
  'Antarctica', 'Arctic', 'Siberia', 'Scandinavia', 'Balkans', 'Caribbean', 'Crimea', 'Kashmir',
  'Ontario', 'Quebec', 'British Columbia', 'Alberta', 'Bavaria', 'Catalonia', 'Tasmania', 'Queensland',
  'New South Wales', 'Hokkaido', 'Okinawa', 'Kyushu', 'Guangdong', 'Sichuan', 'Hubei', 'Tibet',
  'Patagonia', 'Sahara', 'Midwest', 'New England', 'Silicon Valley', 'Long Island', 'Manhattan',
  'Brooklyn', 'Queens', 'The Bronx', 'Staten Island',
];

/**
 * Major cities. Trap: names that are also first names or surnames (Houston, Austin, Jackson,
 * Charlotte, Florence, Lincoln, Victoria) only count when no first name precedes them.
 */
export const cities: readonly string[] = [
  // North America
  'New York City', 'Los Angeles', 'Chicago', 'Houston', 'Phoenix', 'Philadelphia', 'San Antonio',
  'San Diego', 'Dallas', 'San Jose', 'Austin', 'Jacksonville', 'San Francisco', 'Columbus', 'Seattle',
  'Denver', 'Boston', 'Detroit', 'Nashville', 'Portland', 'Las Vegas', 'Baltimore', 'Milwaukee',
  'Albuquerque', 'Tucson', 'Sacramento', 'Atlanta', 'Miami', 'Orlando', 'Tampa', 'Minneapolis',
  'Cleveland', 'Pittsburgh', 'Cincinnati', 'St. Louis', 'Kansas City', 'New Orleans', 'Salt Lake City',
  'Honolulu', 'Anchorage', 'Newark', 'Hoboken', 'Jersey City', 'Charlotte', 'Raleigh', 'Richmond',
  'Norfolk', 'Baton Rouge', 'Memphis', 'Louisville', 'Indianapolis', 'Oklahoma City', 'Omaha',
  'Toronto', 'Montreal', 'Vancouver', 'Ottawa', 'Calgary', 'Edmonton', 'Winnipeg', 'Halifax',
  'Mexico City', 'Guadalajara', 'Monterrey', 'Havana',
  // South America
  'São Paulo', 'Sao Paulo', 'Rio de Janeiro', 'Brasília', 'Buenos Aires', 'Santiago', 'Lima',
  'Bogotá', 'Bogota', 'Caracas', 'Quito',
  // Europe
  'London', 'Paris', 'Berlin', 'Madrid', 'Rome', 'Milan', 'Naples', 'Lisbon', 'Barcelona', 'Amsterdam',
  'Rotterdam', 'Brussels', 'Antwerp', 'Vienna', 'Zurich', 'Geneva', 'Munich', 'Frankfurt', 'Hamburg',
  'Cologne', 'Copenhagen', 'Stockholm', 'Oslo', 'Helsinki', 'Dublin', 'Edinburgh', 'Glasgow',
  'Manchester', 'Liverpool', 'Birmingham', 'Southampton', 'Dover', 'Calais', 'Marseille', 'Lyon',
  'Toulouse', 'Athens', 'Piraeus', 'Istanbul', 'Ankara', 'Warsaw', 'Prague', 'Budapest', 'Bucharest',
  'Sofia', 'Belgrade', 'Kyiv', 'Kiev', 'Odesa', 'Odessa', 'Minsk', 'Moscow', 'St. Petersburg',
  'Saint Petersburg', 'Murmansk', 'Vladivostok', 'Novosibirsk', 'Riga', 'Tallinn', 'Vilnius', 'Reykjavik',
  // Asia and Oceania
  'Tokyo', 'Osaka', 'Yokohama', 'Nagoya', 'Kobe', 'Sapporo', 'Seoul', 'Busan', 'Incheon', 'Pyongyang',
  'Beijing', 'Shanghai', 'Guangzhou', 'Shenzhen', 'Wuhan', 'Chengdu', 'Chongqing', 'Tianjin',
  'Taipei', 'Kaohsiung', 'Manila', 'Jakarta', 'Bangkok', 'Hanoi', 'Ho Chi Minh City', 'Kuala Lumpur',
  'Yangon', 'Dhaka', 'Kolkata', 'Mumbai', 'Delhi', 'New Delhi', 'Bangalore', 'Bengaluru', 'Chennai',
  'Hyderabad', 'Karachi', 'Lahore', 'Islamabad', 'Kabul', 'Tehran', 'Baghdad', 'Riyadh', 'Jeddah',
  'Dubai', 'Abu Dhabi', 'Doha', 'Muscat', 'Tel Aviv', 'Jerusalem', 'Beirut', 'Damascus', 'Amman',
  'Astana', 'Almaty', 'Tashkent', 'Sydney', 'Melbourne', 'Brisbane', 'Perth', 'Adelaide', 'Auckland',
  'Wellington',
  // Africa
  'Cairo', 'Alexandria', 'Lagos', 'Abuja', 'Nairobi', 'Mombasa', 'Addis Ababa', 'Johannesburg',
  'Cape Town', 'Durban', 'Casablanca', 'Algiers', 'Tunis', 'Tripoli', 'Dakar', 'Accra', 'Kinshasa',
  'Khartoum', 'Dar es Salaam',
];

/** Written in capitals, these are places only after a preposition ("in the U.S.", "to the UK"). */
export const prepositionOnly: readonly string[] = ['U.S.', 'US', 'U.S.A.', 'USA', 'U.K.', 'UK', 'UAE', 'EU'];

/**
 * Words that, after one to four capitalised words, name a facility: "Plesetsk Cosmodrome",
 * "Sasebo Naval Base", "Grand Central Station". Multi-word entries first; an optional
 * "International" is part of the airport name. Trap: "Station" alone also ends "International
 * Space Station" (its own rule, which wins the overlap) and "Space Station" generics.
 * `lowercaseOk`: the word may be written in lowercase after a capitalised name ("the Riverdale
 * station" style, "the Kadena air base").
 */
export interface FacilityWord {
  word: string;
  lowercaseOk?: boolean;
}

export const facilityWords: readonly FacilityWord[] = [
  { word: 'International Airport' }, { word: 'Airport', lowercaseOk: true }, { word: 'Airfield' },
  { word: 'Air Force Base' }, { word: 'Air Base', lowercaseOk: true }, { word: 'Naval Air Station' },
  { word: 'Naval Base', lowercaseOk: true }, { word: 'Naval Station' }, { word: 'Navy Yard' },
  { word: 'Cosmodrome' }, { word: 'Spaceport' }, { word: 'Space Center' }, { word: 'Space Centre' },
  { word: 'Space Flight Center' }, { word: 'Launch Complex' }, { word: 'Launch Site' },
  { word: 'Mission Control' },
  { word: 'Station', lowercaseOk: true }, { word: 'Terminal', lowercaseOk: true }, { word: 'Depot' },
  { word: 'Junction' }, { word: 'Rail Yard' }, { word: 'Yard' }, { word: 'Shipyard' },
  { word: 'Port' }, { word: 'Harbor' }, { word: 'Harbour' }, { word: 'Pier' }, { word: 'Wharf' },
  { word: 'Bridge' }, { word: 'Tunnel' }, { word: 'Dam' },
  { word: 'Hospital' }, { word: 'Medical Center' }, { word: 'Medical Centre' },
  { word: 'Factory', lowercaseOk: true }, // "the Everett Factory"; "Plant" is left out: also a surname
  { word: 'Street' }, { word: 'Avenue' }, { word: 'Road' }, { word: 'Boulevard' }, { word: 'Highway' },
  { word: 'Expressway' }, { word: 'Parkway' }, { word: 'Freeway' }, { word: 'Turnpike' },
];

/**
 * Natural features. `suffix`: "Tokyo Bay", "Hudson River", "Bering Strait".
 * `prefix`: "Gulf of Mexico", "Port of Baltimore", "Mount Fuji", "Lake Erie".
 * Trap: "Cape" before a name is a place ("Cape Canaveral"), "Mount" too, but "Lake" and "Mount"
 * are also surnames; the rule only reads them before a capitalised word that is not a first name.
 */
export const featureSuffixes: readonly string[] = [
  'Strait', 'Straits', 'Bay', 'River', 'Sea', 'Ocean', 'Channel', 'Lake', 'Island', 'Islands',
  'Peninsula', 'Canal', 'Sound', 'Reef', 'Mountains', 'Creek', 'Valley', 'Desert', 'Coast', 'Gulf',
  'Fjord', 'Harbour', 'Passage',
];

export const featurePrefixes: readonly string[] = [
  'Gulf of', 'Bay of', 'Strait of', 'Straits of', 'Sea of', 'Port of', 'Isle of', 'Isles of',
  'Mouth of the', 'Cape of', 'Mount', 'Mt.', 'Lake', 'Cape', 'Lake of the',
];

/**
 * The space station, a place and a vehicle at once. Every phrase here names the International
 * Space Station; "the space station" alone only does when the article names it somewhere.
 */
export const spaceStationName = 'International Space Station';
export const spaceStationAliases: readonly string[] = [
  'International Space Station', 'ISS', 'orbiting outpost', 'orbital outpost', 'orbiting laboratory',
  'orbiting lab', 'orbital laboratory',
];

/**
 * Words after which a place name ends: compromise often glues a role or a generic noun onto a
 * place ("Orange County Executive", "Kern County Coroner"). The refiner trims them.
 */
export const placeTailNoise: readonly string[] = [
  'Executive', 'Coroner', 'Sheriff', 'Mayor', 'Governor', 'Police', 'Officials', 'Official',
  'Residents', 'Resident', 'Authorities', 'Spokesman', 'Spokeswoman', 'Spokesperson',
];

/**
 * Demonyms (gentilic adjectives) and the place each names: "Japanese carmakers" names Japan.
 * A place named as a modifier says whose, not where: the modifier rule hands these over apart
 * from locations (`placeModifiers`), so no incident is placed by them.
 * Traps: "American Airlines", "Irish Times", "Indian Ocean": the organisation or the place span
 * over it wins; "English", the language, is left out; a demonym counts only before another word
 * ("speaks French" names no place).
 */
export const demonyms: Readonly<Record<string, string>> = {
  American: 'United States', 'North American': 'North America', 'South American': 'South America',
  'Latin American': 'Latin America', European: 'Europe', Asian: 'Asia', African: 'Africa',
  Canadian: 'Canada', Mexican: 'Mexico', Brazilian: 'Brazil', Argentine: 'Argentina', Argentinian: 'Argentina',
  Chilean: 'Chile', Colombian: 'Colombia', Peruvian: 'Peru', Venezuelan: 'Venezuela', Cuban: 'Cuba',
  British: 'United Kingdom', Scottish: 'Scotland', Welsh: 'Wales', Irish: 'Ireland', French: 'France',
  German: 'Germany', Italian: 'Italy', Spanish: 'Spain', Portuguese: 'Portugal', Dutch: 'Netherlands',
  Belgian: 'Belgium', Swiss: 'Switzerland', Austrian: 'Austria', Swedish: 'Sweden', Norwegian: 'Norway',
  Danish: 'Denmark', Finnish: 'Finland', Icelandic: 'Iceland', Polish: 'Poland', Czech: 'Czech Republic',
  Slovak: 'Slovakia', Hungarian: 'Hungary', Romanian: 'Romania', Bulgarian: 'Bulgaria', Greek: 'Greece',
  Turkish: 'Turkey', Russian: 'Russia', Ukrainian: 'Ukraine', Belarusian: 'Belarus', Serbian: 'Serbia',
  Croatian: 'Croatia', Armenian: 'Armenia', Israeli: 'Israel', Palestinian: 'Palestine', Lebanese: 'Lebanon',
  Syrian: 'Syria', Iraqi: 'Iraq', Iranian: 'Iran', Saudi: 'Saudi Arabia', Emirati: 'United Arab Emirates',
  Qatari: 'Qatar', Kuwaiti: 'Kuwait', Egyptian: 'Egypt', Libyan: 'Libya', Tunisian: 'Tunisia',
  Algerian: 'Algeria', Moroccan: 'Morocco', Nigerian: 'Nigeria', Kenyan: 'Kenya', Ethiopian: 'Ethiopia',
  'South African': 'South Africa', Indian: 'India', Pakistani: 'Pakistan', Bangladeshi: 'Bangladesh',
  'Sri Lankan': 'Sri Lanka', Nepalese: 'Nepal', Afghan: 'Afghanistan', Chinese: 'China', Japanese: 'Japan',
  Korean: 'Korea', 'South Korean': 'South Korea', 'North Korean': 'North Korea', Taiwanese: 'Taiwan',
  Vietnamese: 'Vietnam', Thai: 'Thailand', Malaysian: 'Malaysia', Indonesian: 'Indonesia',
  Filipino: 'Philippines', Philippine: 'Philippines', Singaporean: 'Singapore', Australian: 'Australia',
  Kazakh: 'Kazakhstan',
};

/**
 * After a country abbreviation, these make it something else: "US$2.7 billion" and "US dollars"
 * are money, "US-based" a compound (left out).
 */
export const abbreviationNotPlaceAfter = /^(?:\$|\d|-|\s+dollars?\b)/i;

/**
 * Words before a place that make it where someone lives or comes from, not where the incident
 * happened ("a native of Peru", "his home in Leeds", "passengers were from Chile", "a
 * Democrat from Ohio"). Trap: a bare "from" is a route ("a flight from Oslo"); it counts only
 * after a person (see the assembly's residence rule) or after a verb of origin listed here.
 */
export const residenceCuesBefore: readonly RegExp[] = [
  /\b(?:natives?|residents?|citizens?|nationals?)\s+of\s+(?:the\s+)?$/i,
  /\b(?:home|homes|hometown)\s+(?:town\s+)?(?:in|of)\s+(?:the\s+)?$/i,
  /\b(?:is|are|was|were|hails?|hailed|comes?|came|originally)\s+from\s+(?:the\s+)?$/i,
  /\b(?:Democrat|Republican|Independent)\s*(?:[-–]\s*|\s+(?:from|of)\s+)$/,
];

/**
 * What after a place makes it a name part or a label, not a place of the story: "the Northern
 * line" (a rail line), "a Leeds-based firm" (where a company sits), "the Ohio Governor said"
 * (an official's jurisdiction). Trap: "-bound" is left out: a train's destination is often
 * one of the places the incident passed through.
 */
export const placeAsideAfter: RegExp =
  /^(?:\s+[Ll]ine\b|[-‐–]based\b|\s+(?:Governor|Gov\.|Mayor|Senator|Sen\.|Congressman|Congresswoman|Assemblyman|Assemblywoman|Attorney General|Comptroller|County Executive|Executive)\s+\p{Lu})/u;
