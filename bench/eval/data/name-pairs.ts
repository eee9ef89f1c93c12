/**
 * Name pairs for the name-pairs evaluation: true variant pairs (one entity spelled two ways:
 * transliterations, other scripts, renamed places, short forms) and look-alike pairs that must
 * never merge (different people or places that only look alike, or a name of another type).
 * Each name carries its type, as the stage would know it from the text.
 *
 * @module
 */
import type { EntityType } from "../../../src/schema/names.js";

export interface NamePair {
  a: string;
  b: string;
  /** Type of `a` (and of `b`, unless `typeB` says otherwise). */
  type: EntityType;
  typeB?: EntityType;
  /** True: one entity; false: must stay apart. */
  join: boolean;
  note?: string;
}

const P = "person" as const;
const L = "place" as const;
const O = "organization" as const;

export const TRUE_PAIRS: readonly NamePair[] = [
  // Ukraine and Russia: people
  { a: "Zelensky", b: "Zelenskyy", type: P, join: true },
  { a: "Zelenskiy", b: "Zelenskyy", type: P, join: true },
  { a: "Zelenskyi", b: "Zelensky", type: P, join: true },
  { a: "Zelenski", b: "Zelensky", type: P, join: true },
  { a: "Selenskyj", b: "Zelensky", type: P, join: true },
  { a: "Зеленский", b: "Zelensky", type: P, join: true },
  { a: "Зеленський", b: "Zelenskyy", type: P, join: true },
  { a: "Volodymyr Zelensky", b: "Vladimir Zelensky", type: P, join: true },
  { a: "Volodymyr Zelenskyy", b: "Zelensky", type: P, join: true, note: "short form" },
  { a: "Kirill Budanov", b: "Kyrylo Budanov", type: P, join: true },
  { a: "Dmitry Peskov", b: "Dmitri Peskov", type: P, join: true },
  { a: "Dmitriy Peskov", b: "Dmitry Peskov", type: P, join: true },
  { a: "Дмитрий Песков", b: "Dmitry Peskov", type: P, join: true },
  { a: "Sergei Lavrov", b: "Sergey Lavrov", type: P, join: true },
  { a: "Сергей Лавров", b: "Sergei Lavrov", type: P, join: true },
  { a: "Sergei Shoigu", b: "Sergey Shoygu", type: P, join: true },
  { a: "Oleksandr Syrskyi", b: "Oleksandr Syrsky", type: P, join: true },
  { a: "Oleksandr Syrskyi", b: "Alexander Syrsky", type: P, join: true },
  { a: "Andriy Yermak", b: "Andrii Yermak", type: P, join: true },
  { a: "Andriy Yermak", b: "Andrei Yermak", type: P, join: true },
  { a: "Yulia Tymoshenko", b: "Yuliya Tymoshenko", type: P, join: true },
  { a: "Vitali Klitschko", b: "Vitaliy Klychko", type: P, join: true },
  { a: "Petro Poroshenko", b: "Pyotr Poroshenko", type: P, join: true },
  { a: "Alexei Navalny", b: "Aleksei Navalny", type: P, join: true },
  { a: "Alexei Navalny", b: "Alexey Navalnyy", type: P, join: true },
  { a: "Yevgeny Prigozhin", b: "Evgeny Prigozhin", type: P, join: true },
  { a: "Yevgeny Prigozhin", b: "Jewgeni Prigoschin", type: P, join: true },
  { a: "Mikhail Mishustin", b: "Michail Mischustin", type: P, join: true },
  { a: "Ramzan Kadyrov", b: "Ramsan Kadyrow", type: P, join: true },
  { a: "Maria Zakharova", b: "Mariya Zakharova", type: P, join: true },
  { a: "Valery Gerasimov", b: "Valeriy Gerasimov", type: P, join: true },
  { a: "Vladimir Putin", b: "Wladimir Putin", type: P, join: true },
  { a: "Vladimir Putin", b: "Владимир Путин", type: P, join: true },
  { a: "Yuriy Ihnat", b: "Yuri Ignat", type: P, join: true },
  { a: "Denys Shmyhal", b: "Denis Shmygal", type: P, join: true },
  { a: "Oleksiy Danilov", b: "Alexei Danilov", type: P, join: true },
  { a: "Rustem Umerov", b: "Rustam Umerov", type: P, join: true },
  { a: "Gennady Zyuganov", b: "Hennadiy Zyuganov", type: P, join: true },
  { a: "Igor Kostyukov", b: "Ihor Kostiukov", type: P, join: true },
  { a: "Alexander Lukashenko", b: "Aliaksandr Lukashenka", type: P, join: true, note: "Belarusian spelling" },
  // Middle East, Asia: people
  { a: "Gaddafi", b: "Qaddafi", type: P, join: true },
  { a: "Muammar Gaddafi", b: "Moammar Gadhafi", type: P, join: true },
  { a: "Mohamed bin Zayed", b: "Mohammed bin Zayed", type: P, join: true },
  { a: "Muhammad bin Salman", b: "Mohammed bin Salman", type: P, join: true },
  { a: "Recep Tayyip Erdogan", b: "Recep Tayyip Erdoğan", type: P, join: true },
  { a: "Bashar al-Assad", b: "Bashar al Assad", type: P, join: true },
  { a: "Ebrahim Raisi", b: "Ibrahim Raisi", type: P, join: true },
  { a: "Hassan Nasrallah", b: "Hasan Nasrallah", type: P, join: true },
  { a: "Mahmoud Abbas", b: "Mahmud Abbas", type: P, join: true },
  { a: "Benjamin Netanyahu", b: "Binyamin Netanyahu", type: P, join: true },
  { a: "Kim Jong Un", b: "Kim Jong-un", type: P, join: true },
  { a: "Xi Jinping", b: "习近平", type: P, join: true },
  // Places
  { a: "Kiev", b: "Kyiv", type: L, join: true },
  { a: "Kiew", b: "Kyiv", type: L, join: true },
  { a: "Київ", b: "Kyiv", type: L, join: true },
  { a: "Киев", b: "Kyiv", type: L, join: true },
  { a: "Donbass", b: "Donbas", type: L, join: true },
  { a: "Slavyansk", b: "Sloviansk", type: L, join: true },
  { a: "Kharkov", b: "Kharkiv", type: L, join: true },
  { a: "Artemovsk", b: "Bakhmut", type: L, join: true, note: "renamed" },
  { a: "Dnepropetrovsk", b: "Dnipro", type: L, join: true, note: "renamed" },
  { a: "Beijing", b: "Peking", type: L, join: true },
  { a: "Lugansk", b: "Luhansk", type: L, join: true },
  { a: "Odessa", b: "Odesa", type: L, join: true },
  { a: "Nikolaev", b: "Mykolaiv", type: L, join: true },
  { a: "Zaporozhye", b: "Zaporizhzhia", type: L, join: true },
  { a: "Chernigov", b: "Chernihiv", type: L, join: true },
  { a: "Lvov", b: "Lviv", type: L, join: true },
  { a: "Rovno", b: "Rivne", type: L, join: true },
  { a: "Gomel", b: "Homel", type: L, join: true },
  { a: "Mariupol", b: "Маріуполь", type: L, join: true },
  { a: "Kherson", b: "Херсон", type: L, join: true },
  { a: "Sevastopol", b: "Севастополь", type: L, join: true },
  { a: "Bakhmut", b: "Бахмут", type: L, join: true },
  { a: "Avdiivka", b: "Avdeyevka", type: L, join: true },
  { a: "Kramatorsk", b: "Краматорськ", type: L, join: true },
  { a: "Pokrovsk", b: "Покровськ", type: L, join: true },
  { a: "Minsk", b: "Мінськ", type: L, join: true },
  { a: "Riyadh", b: "Riyad", type: L, join: true },
  { a: "Chisinau", b: "Kishinev", type: L, join: true },
  { a: "Crimea", b: "Krym", type: L, join: true },
  // Organizations
  { a: "Verkhovna Rada", b: "Верховна Рада", type: O, join: true },
  { a: "Hezbollah", b: "Hizbollah", type: O, join: true },
  { a: "Hizbullah", b: "Hezbollah", type: O, join: true },
  { a: "Al-Qaeda", b: "Al Qaida", type: O, join: true },
  { a: "Gazprom", b: "Газпром", type: O, join: true },
  { a: "Naftogaz", b: "Naftohaz", type: O, join: true },
];

export const LOOKALIKE_PAIRS: readonly NamePair[] = [
  { a: "Peskov", b: "Pskov", type: P, typeB: L, join: false, note: "person vs city" },
  { a: "Georgia", b: "Gruziya", type: L, join: false, note: "Georgia the state or the country stays ambiguous" },
  { a: "Georgia", b: "Sakartvelo", type: L, join: false, note: "Georgia the state or the country stays ambiguous" },
  { a: "Zelensky", b: "Zelenska", type: P, join: false, note: "husband and wife" },
  { a: "Volodymyr Zelensky", b: "Olena Zelenska", type: P, join: false },
  { a: "Ivanov", b: "Ivanova", type: P, join: false },
  { a: "Peskov", b: "Petkov", type: P, join: false },
  { a: "Niger", b: "Nigeria", type: L, join: false },
  { a: "Iran", b: "Iraq", type: L, join: false },
  { a: "Austria", b: "Australia", type: L, join: false },
  { a: "Slovakia", b: "Slovenia", type: L, join: false },
  { a: "Minsk", b: "Pinsk", type: L, join: false },
  { a: "Gaza", b: "Giza", type: L, join: false },
  { a: "Kiev", b: "Kirov", type: L, join: false },
  { a: "Donetsk", b: "Donets", type: L, join: false },
  { a: "Luhansk", b: "Lutsk", type: L, join: false },
  { a: "Kharkiv", b: "Kherson", type: L, join: false },
  { a: "Sudan", b: "South Sudan", type: L, join: false },
  { a: "Guinea", b: "Guinea-Bissau", type: L, join: false },
  { a: "Mali", b: "Bali", type: L, join: false },
  { a: "Dmitry Peskov", b: "Dmitry Medvedev", type: P, join: false },
  { a: "Vladimir Putin", b: "Vladimir Solovyov", type: P, join: false },
  { a: "Mohammed bin Salman", b: "Mohamed bin Zayed", type: P, join: false },
  { a: "Kim Jong Un", b: "Kim Jong Il", type: P, join: false },
  { a: "Jordan", b: "Michael Jordan", type: L, typeB: P, join: false },
  { a: "Washington", b: "George Washington", type: L, typeB: P, join: false },
  { a: "Paris", b: "Paris Hilton", type: L, typeB: P, join: false },
  { a: "Oman", b: "Omar", type: L, typeB: P, join: false },
  { a: "Sergei Lavrov", b: "Sergei Shoigu", type: P, join: false },
  { a: "Yulia Tymoshenko", b: "Yulia Navalnaya", type: P, join: false },
  { a: "Kyrylo Budanov", b: "Kyrylo Tymoshenko", type: P, join: false },
  { a: "Igor Kostyukov", b: "Igor Konashenkov", type: P, join: false },
  { a: "Alexander Lukashenko", b: "Alexander Lukin", type: P, join: false },
  // Shapes met in real copy that keys alone would collapse
  { a: "Look", b: "Lutsk", type: L, join: false, note: "short keys collide (Look / Łuck)" },
  { a: "USA", b: "USAA", type: O, join: false, note: "acronyms match exactly or not at all" },
  { a: "Mark II", b: "Mark III", type: "other", join: false, note: "numerals" },
  { a: "Soo", b: "ZSU", type: O, join: false, note: "acronym of Ukraine's armed forces" },
  { a: "Ben Carson", b: "Carson", type: P, typeB: L, join: false, note: "a first name is never a particle" },
];
