/**
 * Context words that unmask what only looks like a date: what comes before a version number or
 * an identifier, and the units after a number that is a quantity ("2014 cases", "May 5 percent").
 *
 * @module
 */
export const VERSION_WORDS: readonly string[] = ["v", "version", "ver.", "release", "build", "tel.", "tel", "phone", "fax", "№", "#", "+"];
export const QUANTITY_UNITS: readonly string[] = [
  "%", "percent", "per cent", "pct", "people", "persons", "cases", "votes", "troops", "soldiers", "dollars", "euros", "units", "times", "points", "km", "miles", "kg", "tons", "tonnes", "metres", "meters", "feet", "pages", "words",
  // A street number in a US address: `the 2100 block of Main Street`.
  "block", "blocks",
  // More counted things: `2019 residents`, `2020 seats`.
  "residents", "students", "employees", "workers", "jobs", "homes", "acres", "calories", "seats", "members",
  // German, French, Spanish quantities: `2014 Menschen`, `2020 personnes`, `2019 personas`.
  "menschen", "personen", "einwohner", "personnes", "habitants", "personas", "habitantes", "pessoas", "persone",
];
