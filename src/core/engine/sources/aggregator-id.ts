/** The source id of an organisation aggregator's document; on its own so the popup can name it without the parser. */
export const AGGREGATOR_SOURCE = 'aggregator';
