/**
 * The Levantine (Syriac-derived) month names Arabic news in the Levant uses (*تشرين الأول*, October), as MT
 * transliterates them. A month named with its day (`11 Tishreen al-Thani`, `the 2nd of Ayyar`) is a date
 * written the source's way (`date-format`); a month named alone (`in Nisan`) is an untranslated word
 * (`untranslated`), as blind annotators file them (10 of 11).
 */
export const levantineMonths: Readonly<Record<string, number>> = {'kanun al-thani': 1, shubat: 2, adhar: 3, nisan: 4, ayyar: 5, huzayran: 6, tammuz: 7, aylul: 9, 'tishreen al-awwal': 10, 'tishrin al-awwal': 10, 'tishreen al-thani': 11, 'tishrin al-thani': 11, 'kanun al-awwal': 12}

export const levantineMonthNames = 'Kanun al-Thani|Shubat|Adhar|Nisan|Ayyar|Huzayran|Tammuz|Aylul|Tishreen al-Awwal|Tishrin al-Awwal|Tishreen al-Thani|Tishrin al-Thani|Kanun al-Awwal'

/** A Levantine month with no day before it (`at the start of Tishreen al-Awwal`). */
export const levantineMonthAlone = new RegExp(`(?<!\\d |\\d(?:st|nd|rd|th) of )\\b(${levantineMonthNames})\\b`, 'g')

const englishMonths = new Intl.DateTimeFormat('en', {month: 'long', timeZone: 'UTC'})

/** `10` → `October`, from `Intl`. */
export function englishMonthName(month: number): string {
  return englishMonths.format(Date.UTC(2024, month - 1, 1))
}
