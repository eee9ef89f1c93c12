/**
 * Countries and territories by their usual English short names, and a few world cities often
 * named without context: a name on this list is a place when the alias table does not say
 * otherwise. Used for typing only, never for merging. Data only.
 *
 * @module
 */
export const KNOWN_PLACES: readonly string[] = [
  "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Argentina", "Armenia", "Australia", "Austria", "Azerbaijan",
  "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus", "Belgium", "Belize", "Benin", "Bhutan", "Bolivia", "Bosnia",
  "Botswana", "Brazil", "Brunei", "Bulgaria", "Burkina Faso", "Burundi", "Cambodia", "Cameroon", "Canada", "Cape Verde",
  "Chad", "Chile", "China", "Colombia", "Comoros", "Congo", "Costa Rica", "Croatia", "Cuba", "Cyprus", "Czech Republic",
  "Czechia", "Denmark", "Djibouti", "Dominican Republic", "Ecuador", "Egypt", "El Salvador", "Eritrea", "Estonia",
  "Eswatini", "Ethiopia", "Fiji", "Finland", "France", "Gabon", "Gambia", "Germany", "Ghana", "Greece", "Greenland",
  "Guatemala", "Guinea", "Guyana", "Haiti", "Honduras", "Hong Kong", "Hungary", "Iceland", "India", "Indonesia", "Iran",
  "Iraq", "Ireland", "Israel", "Italy", "Ivory Coast", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kosovo",
  "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya", "Liechtenstein", "Lithuania",
  "Luxembourg", "Macau", "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta", "Mauritania", "Mauritius",
  "Mexico", "Moldova", "Monaco", "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar", "Namibia", "Nepal",
  "Netherlands", "New Zealand", "Nicaragua", "Niger", "Nigeria", "North Korea", "North Macedonia", "Norway", "Oman",
  "Pakistan", "Palestine", "Panama", "Papua New Guinea", "Paraguay", "Peru", "Philippines", "Poland", "Portugal",
  "Qatar", "Romania", "Russia", "Rwanda", "Saudi Arabia", "Scotland", "Senegal", "Serbia", "Sierra Leone", "Singapore",
  "Slovakia", "Slovenia", "Somalia", "South Africa", "South Korea", "South Sudan", "Spain", "Sri Lanka", "Sudan",
  "Suriname", "Sweden", "Switzerland", "Syria", "Taiwan", "Tajikistan", "Tanzania", "Thailand", "Togo", "Tunisia",
  "Turkey", "Turkmenistan", "Uganda", "Ukraine", "United Kingdom", "United States", "Uruguay", "Uzbekistan",
  "Venezuela", "Vietnam", "Wales", "Yemen", "Zambia", "Zimbabwe", "England", "Britain", "Europe", "Africa", "Asia",
  "America", "Latin America", "North America", "South America", "Middle East", "Antarctica", "Arctic", "Caribbean",
  "Balkans", "Baltic", "Sahel", "Gaza", "West Bank", "Crimea", "Kashmir", "Tibet", "Xinjiang", "Siberia",
  "London", "Paris", "Berlin", "Rome", "Madrid", "Lisbon", "Vienna", "Brussels", "Amsterdam", "Warsaw", "Prague",
  "Budapest", "Athens", "Istanbul", "Ankara", "Cairo", "Dubai", "Abu Dhabi", "Doha", "Riyadh", "Tehran", "Baghdad",
  "Damascus", "Beirut", "Jerusalem", "Tel Aviv", "Moscow", "Beijing", "Shanghai", "Tokyo", "Seoul", "Delhi",
  "New Delhi", "Mumbai", "Jakarta", "Manila", "Bangkok", "Sydney", "Toronto", "Ottawa", "New York", "Washington",
  "Los Angeles", "Chicago", "San Francisco", "Mexico City", "Davos", "Geneva", "Zurich", "Stockholm", "Oslo",
  "Copenhagen", "Helsinki", "Dublin", "Edinburgh", "Nairobi", "Lagos", "Johannesburg", "Kabul", "Islamabad",
  "Karachi", "Singapore", "Hanoi", "Taipei", "Brasilia", "Buenos Aires", "Santiago", "Lima", "Bogota", "Caracas",
  // More cities often named without context (not those that are common names too: Austin, Houston, Phoenix).
  "San Diego", "San Antonio", "San Jose", "Las Vegas", "New Orleans", "Seattle", "Boston", "Atlanta", "Miami", "Philadelphia",
  "Detroit", "Baltimore", "Pittsburgh", "Minneapolis", "Sacramento", "Montreal", "Vancouver", "Calgary", "Melbourne", "Brisbane",
  "Auckland", "Osaka", "Kyoto", "Shenzhen", "Guangzhou", "Wuhan", "Chengdu", "Hangzhou", "Tianjin", "Chongqing", "Lahore",
  "Dhaka", "Kolkata", "Chennai", "Bangalore", "Bengaluru", "Hyderabad", "Kathmandu", "Colombo", "Yangon", "Phnom Penh",
  "Kuala Lumpur", "Ho Chi Minh City", "Tashkent", "Almaty", "Astana", "Baku", "Tbilisi", "Yerevan", "Minsk", "Vilnius",
  "Riga", "Tallinn", "Milan", "Naples", "Turin", "Venice", "Munich", "Hamburg", "Frankfurt", "Cologne", "Stuttgart",
  "Barcelona", "Seville", "Lyon", "Marseille", "Toulouse", "Bordeaux", "Manchester", "Liverpool", "Glasgow", "Belfast",
  "Cardiff", "Rotterdam", "Antwerp", "Casablanca", "Algiers", "Tunis", "Tripoli", "Khartoum", "Addis Ababa", "Kinshasa",
  "Accra", "Dakar", "Abuja", "Kampala", "Kigali", "Harare", "Luanda", "Maputo", "Mogadishu", "Sanaa", "Muscat", "Amman",
  "Mosul", "Basra", "Aleppo", "Kandahar", "Peshawar", "Havana", "Quito", "Montevideo", "Medellín", "Guadalajara", "Monterrey",
  "São Paulo", "Sao Paulo", "Rio de Janeiro", "Cape Town", "St. Petersburg", "Saint Petersburg", "Gdansk", "Krakow",
  // US states, Canadian provinces, Australian states, German Länder: named without context in national news.
  "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Hawaii",
  "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts",
  "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
  "New Mexico", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
  "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "West Virginia", "Wisconsin",
  "Wyoming", "Puerto Rico", "Alberta", "British Columbia", "Manitoba", "New Brunswick", "Newfoundland", "Nova Scotia",
  "Ontario", "Quebec", "Saskatchewan", "New South Wales", "Queensland", "Tasmania", "Western Australia",
  "Bavaria", "Bayern", "Baden-Württemberg", "Brandenburg", "Hesse", "Hessen", "Saxony", "Sachsen", "Thuringia", "Thüringen",
  "Lower Saxony", "Niedersachsen", "North Rhine-Westphalia", "Nordrhein-Westfalen", "Schleswig-Holstein",
];
