/** Things on a service manual that need someone's attention now, decided against the build date. */
import { daysBetween, formatLongDate } from '../core/dates.ts';

export interface LicenceForWarning {
  item: string;
  renewalDate?: Date;
}

export interface Warning {
  /** Plain text for a GOV.UK warning text. */
  text: string;
}

/** A licence whose renewal date has passed: it may have lapsed, or the date is out of date. */
export function licenceWarnings(licences: readonly LicenceForWarning[], today: Date): Warning[] {
  return licences
    .filter((licence) => licence.renewalDate && daysBetween(today, licence.renewalDate) < 0)
    .map((licence) => ({
      text: `The licence for ${licence.item} was due for renewal on ${formatLongDate(licence.renewalDate as Date)}. Check it has been renewed and update the renewal date.`,
    }));
}
