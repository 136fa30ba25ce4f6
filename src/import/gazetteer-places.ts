// The built-in gazetteer: places of the region Lintas was made for, to place rows that give only a place
// name. Coordinates are approximate town or island centres in decimal degrees (WGS 84), rounded to 0.01°,
// from public geographic references (national gazetteers, GeoNames); a country stands at its capital or,
// for origin countries, at the city most departures are reported from. Extend by adding rows.

export interface GazetteerPlace {
  readonly name: string;
  /** Other spellings and the Indonesian names; matched ignoring case, accents and punctuation. */
  readonly aliases: readonly string[];
  readonly lon: number;
  readonly lat: number;
  /** ISO 3166-1 alpha-3 code of the country the place is in. */
  readonly country: string;
  /** True for an entry that stands for a whole country (its name also reads as a nationality). */
  readonly isCountry?: boolean;
}

const p = (
  name: string,
  lat: number,
  lon: number,
  country: string,
  aliases: readonly string[] = [],
): GazetteerPlace => ({ name, aliases, lon, lat, country });

const c = (
  name: string,
  lat: number,
  lon: number,
  country: string,
  aliases: readonly string[],
): GazetteerPlace => ({ name, aliases, lon, lat, country, isCountry: true });

export const GAZETTEER_PLACES: readonly GazetteerPlace[] = [
  // Indonesia
  p('Jakarta', -6.21, 106.85, 'IDN', ['Djakarta', 'DKI Jakarta']),
  p('Bogor', -6.6, 106.8, 'IDN'),
  p('Cisarua (Puncak Bogor)', -6.68, 106.94, 'IDN', ['Cisarua', 'Puncak']),
  p('Pelabuhan Ratu (Sukabumi)', -6.99, 106.54, 'IDN', ['Pelabuhan Ratu', 'Pelabuhanratu']),
  p('Sukabumi', -6.92, 106.93, 'IDN'),
  p('Cianjur', -6.82, 107.14, 'IDN'),
  p('Bandung', -6.92, 107.62, 'IDN'),
  p('Merak', -5.93, 106.0, 'IDN', ['Pelabuhan Merak']),
  p('Bandar Lampung', -5.43, 105.26, 'IDN', ['Lampung']),
  p('Cilacap', -7.73, 109.01, 'IDN'),
  p('Yogyakarta', -7.8, 110.37, 'IDN', ['Jogja', 'Jogjakarta']),
  p('Surabaya', -7.26, 112.75, 'IDN'),
  p('Banyuwangi', -8.22, 114.37, 'IDN'),
  p('Denpasar (Bali)', -8.67, 115.21, 'IDN', ['Denpasar', 'Bali']),
  p('Mataram (Lombok)', -8.58, 116.12, 'IDN', ['Mataram', 'Lombok']),
  p('Sumbawa Besar', -8.5, 117.42, 'IDN', ['Sumbawa']),
  p('Labuan Bajo', -8.5, 119.89, 'IDN'),
  p('Ende', -8.84, 121.66, 'IDN'),
  p('Waingapu (Sumba)', -9.66, 120.26, 'IDN', ['Waingapu', 'Sumba']),
  p('Kupang (West Timor)', -10.18, 123.61, 'IDN', ['Kupang', 'Timor Barat']),
  p('Papela (Rote)', -10.61, 123.41, 'IDN', ['Papela']),
  p('Rote Island', -10.73, 123.1, 'IDN', ['Rote', 'Roti', 'Pulau Rote']),
  p('Makassar', -5.15, 119.43, 'IDN', ['Ujung Pandang']),
  p('Ambon', -3.7, 128.18, 'IDN'),
  p('Merauke', -8.49, 140.4, 'IDN'),
  p('Medan', 3.6, 98.67, 'IDN'),
  p('Banda Aceh', 5.55, 95.32, 'IDN', ['Aceh']),
  p('Tanjung Balai', 2.97, 99.8, 'IDN', ['Tanjungbalai']),
  p('Pekanbaru', 0.51, 101.45, 'IDN'),
  p('Batam', 1.05, 104.03, 'IDN', ['Pulau Batam']),
  p('Tanjung Pinang', 0.92, 104.46, 'IDN', ['Tanjungpinang']),
  p('Pontianak', -0.03, 109.34, 'IDN'),
  // Malaysia, Singapore, Thailand
  p('Kuala Lumpur', 3.14, 101.69, 'MYS', ['Kuala Lumpur (KLIA)', 'KL', 'KLIA']),
  p('Port Klang', 3.0, 101.39, 'MYS', ['Klang']),
  p('Johor Bahru', 1.49, 103.74, 'MYS', ['Johor']),
  p('George Town (Penang)', 5.41, 100.33, 'MYS', ['Penang', 'Pulau Pinang', 'George Town']),
  p('Singapore', 1.35, 103.82, 'SGP', ['Singapura']),
  p('Bangkok', 13.76, 100.5, 'THA'),
  // Australia and its offshore territories
  p('Christmas Island (Flying Fish Cove)', -10.42, 105.68, 'CXR', ['Christmas Island', 'Pulau Christmas']),
  p('Cocos (Keeling) Islands (West Island)', -12.19, 96.83, 'CCK', [
    'Cocos (Keeling) Is. (West Island)',
    'Cocos Islands',
    'Cocos (Keeling) Islands',
    'Kepulauan Cocos',
  ]),
  p('Ashmore Reef', -12.24, 123.04, 'AUS', ['Karang Ashmore', 'Ashmore and Cartier Islands']),
  p('Cartier Island', -12.53, 123.55, 'AUS', ['Pulau Cartier']),
  p('Scott Reef', -14.05, 121.77, 'AUS'),
  p('Browse Island', -14.11, 123.55, 'AUS'),
  p('Darwin', -12.46, 130.84, 'AUS'),
  p('Broome', -17.96, 122.24, 'AUS'),
  p('Exmouth', -21.93, 114.13, 'AUS'),
  p('Perth', -31.95, 115.86, 'AUS'),
  p('Melville Island', -11.6, 130.9, 'AUS'),
  // Offshore processing
  p('Nauru', -0.52, 166.93, 'NRU', ['Republic of Nauru']),
  p('Manus Island', -2.08, 147.0, 'PNG', ['Manus', 'Lombrum']),
  // Sri Lanka
  p('Colombo', 6.93, 79.86, 'LKA'),
  p('Negombo', 7.21, 79.84, 'LKA'),
  p('Chilaw', 7.58, 79.8, 'LKA'),
  p('Batticaloa', 7.72, 81.7, 'LKA'),
  p('Trincomalee', 8.59, 81.22, 'LKA'),
  p('Jaffna', 9.66, 80.03, 'LKA'),
  p('Galle', 6.05, 80.22, 'LKA'),
  // Origin and transit countries, and their cities
  c('Afghanistan', 34.56, 69.21, 'AFG', ['Afghan', 'Afganistan']),
  p('Kabul', 34.56, 69.21, 'AFG'),
  c('Iran', 35.69, 51.39, 'IRN', ['Iranian', 'Islamic Republic of Iran']),
  p('Tehran', 35.69, 51.39, 'IRN', ['Teheran']),
  c('Iraq', 33.32, 44.37, 'IRQ', ['Iraqi', 'Irak']),
  p('Baghdad', 33.32, 44.37, 'IRQ', ['Bagdad']),
  c('Pakistan', 30.18, 66.98, 'PAK', ['Pakistani']),
  p('Quetta', 30.18, 66.98, 'PAK'),
  p('Karachi', 24.86, 67.0, 'PAK'),
  c('Sri Lanka', 6.93, 79.86, 'LKA', ['Sri Lankan', 'Srilanka']),
  c('Myanmar', 20.15, 92.87, 'MMR', ['Burma', 'Burmese']),
  p('Sittwe', 20.15, 92.87, 'MMR'),
  c('Bangladesh', 21.43, 92.01, 'BGD', ['Bangladeshi']),
  p("Cox's Bazar", 21.43, 92.01, 'BGD', ['Coxs Bazar']),
  c('Viet Nam', 21.03, 105.83, 'VNM', ['Vietnam', 'Vietnamese']),
  c('Syria', 33.51, 36.28, 'SYR', ['Syrian', 'Syrian Arab Republic', 'Suriah']),
  c('Somalia', 2.05, 45.32, 'SOM', ['Somali']),
  c('Indonesia', -6.21, 106.85, 'IDN', ['Indonesian']),
  c('Malaysia', 3.14, 101.69, 'MYS', ['Malaysian']),
  c('Australia', -35.28, 149.13, 'AUS', ['Australian']),
  c('India', 28.61, 77.21, 'IND', ['Indian']),
  c('Nepal', 27.72, 85.32, 'NPL', ['Nepali', 'Nepalese']),
  c('Sudan', 15.5, 32.56, 'SDN', ['Sudanese']),
  c('United Arab Emirates', 25.2, 55.27, 'ARE', ['UAE', 'Dubai', 'Uni Emirat Arab']),
];
