export interface SummaryBarProps {
  total: number;
  /** What the number counts, e.g. «итогов за период». */
  caption: string;
  /** The total's data attribute (`data-summary-total`, `data-region-total`) and the button's data-action. */
  totalAttribute: string;
  action: string;
  buttonText: string;
  onDownload: () => void;
}

/** The big total of a report with its CSV download button. */
export function SummaryBar({
  total,
  caption,
  totalAttribute,
  action,
  buttonText,
  onDownload,
}: SummaryBarProps) {
  return (
    <div class="op-summary">
      <span class="op-summary__total" {...{ [totalAttribute]: '' }}>
        {total}
      </span>
      <span class="op-muted">{caption}</span>
      <button
        type="button"
        class="kn-button kn-button--primary kn-focusable op-summary__csv"
        data-action={action}
        onClick={onDownload}
      >
        {buttonText}
      </button>
    </div>
  );
}
