import type { FormDefinition } from '#forms/engine/definition.ts';
import { innovationMaturityLevels } from '#forms/innovation-maturity-levels.ts';
import { subDimensionOptions } from '#forms/smart-city-dimensions.ts';

const launched = { field: 'status', in: ['piloting', 'live'] } as const;

/**
 * `innovation-report` v1: the innovation an OPD reports for the year (at least one per OPD per
 * year). The Smart City dimension and sub-dimension are one choice among the 18 pairs (values such
 * as `governance.public-services`): one select that works without JavaScript, one value to store
 * and query, and no hidden second question whose options depend on the first.
 */
export const innovationReportForm: FormDefinition = {
  id: 'innovation-report',
  version: 1,
  title: { id: 'Laporan Inovasi OPD', en: 'OPD innovation report' },
  description: {
    id: 'Setiap OPD melaporkan paling sedikit satu inovasi per tahun beserta bukti dukungnya.',
    en: 'Every OPD reports at least one innovation a year, with its evidence.',
  },
  sections: [
    {
      id: 'identity',
      title: { id: 'Identitas inovasi', en: 'The innovation' },
      fields: [
        {
          id: 'name',
          type: 'shortText',
          maxLength: 150,
          required: true,
          label: { id: 'Nama inovasi', en: 'Innovation name' },
          help: {
            id: 'Nama resmi atau nama populer, mis. Sikoja.',
            en: 'Official or popular name, e.g. Sikoja.',
          },
        },
        {
          id: 'description',
          type: 'longText',
          maxLength: 2000,
          required: true,
          label: { id: 'Deskripsi inovasi', en: 'Innovation description' },
          help: {
            id: 'Masalah yang diselesaikan, cara kerjanya, dan siapa penggunanya.',
            en: 'The problem it solves, how it works and who uses it.',
          },
        },
        {
          id: 'type',
          type: 'singleChoice',
          required: true,
          label: { id: 'Jenis inovasi', en: 'Innovation type' },
          options: [
            { value: 'application', label: { id: 'Aplikasi', en: 'Application' } },
            { value: 'service', label: { id: 'Layanan', en: 'Service' } },
            { value: 'process', label: { id: 'Proses', en: 'Process' } },
          ],
        },
        {
          id: 'status',
          type: 'singleChoice',
          required: true,
          label: { id: 'Status inovasi', en: 'Innovation status' },
          options: [
            { value: 'planned', label: { id: 'Rencana', en: 'Planned' } },
            { value: 'piloting', label: { id: 'Uji coba', en: 'Piloting' } },
            { value: 'live', label: { id: 'Berjalan', en: 'Live' } },
          ],
        },
        {
          id: 'launchDate',
          type: 'date',
          min: '2000-01-01',
          required: launched,
          label: { id: 'Tanggal peluncuran', en: 'Launch date' },
          help: {
            id: 'Untuk inovasi yang masih rencana, boleh diisi tanggal rencana peluncuran.',
            en: 'For a planned innovation, you may give the planned launch date.',
          },
        },
        {
          id: 'applicationUrl',
          type: 'url',
          // Several regional applications are still served over plain http.
          allowHttp: true,
          required: { field: 'type', equals: 'application' },
          label: { id: 'Alamat aplikasi', en: 'Application address' },
          help: { id: 'Alamat web atau halaman unduhan aplikasi.', en: 'Web address or download page.' },
        },
      ],
    },
    {
      id: 'alignment',
      title: { id: 'Keselarasan dengan masterplan', en: 'Alignment with the master plan' },
      fields: [
        {
          id: 'subDimension',
          type: 'singleChoice',
          required: true,
          label: { id: 'Dimensi dan subdimensi Smart City', en: 'Smart City dimension and sub-dimension' },
          options: subDimensionOptions(),
        },
        {
          id: 'masterPlanProgram',
          type: 'shortText',
          maxLength: 200,
          label: { id: 'Program dalam masterplan', en: 'Master plan program' },
          help: {
            id: 'Kode atau nama program pada masterplan Smart City. Kosongkan bila belum tercantum.',
            en: 'Code or name of the program in the Smart City master plan. Leave empty if it is not listed.',
          },
        },
      ],
    },
    {
      id: 'reach',
      title: { id: 'Jangkauan dan kematangan', en: 'Reach and maturity' },
      fields: [
        {
          id: 'peopleReached',
          type: 'number',
          min: 0,
          max: 100_000_000,
          integer: true,
          required: true,
          visibleWhen: launched,
          label: { id: 'Jumlah penerima manfaat', en: 'People reached' },
          help: {
            id: 'Perkiraan jumlah warga atau pengguna yang terlayani dalam 12 bulan terakhir.',
            en: 'Estimated number of residents or users served in the last 12 months.',
          },
        },
        {
          id: 'maturity',
          type: 'maturityLevel',
          required: true,
          label: { id: 'Tingkat kematangan inovasi', en: 'Innovation maturity level' },
          levels: innovationMaturityLevels,
        },
      ],
    },
    {
      id: 'evidence',
      title: { id: 'Bukti dukung', en: 'Evidence' },
      description: {
        id: 'Unggah dokumen bukti, atau berikan paling sedikit satu tautan bukti.',
        en: 'Upload an evidence document, or give at least one evidence link.',
      },
      fields: [
        {
          id: 'evidenceDocument',
          type: 'evidenceFile',
          accept: ['application/pdf', 'image/jpeg', 'image/png'],
          maxBytes: 10 * 1024 * 1024,
          required: { not: { field: 'evidenceLinks', notEmpty: true } },
          label: { id: 'Dokumen bukti', en: 'Evidence document' },
          help: {
            id: 'Mis. SK, SOP, laporan, atau tangkapan layar.',
            en: 'E.g. a decree, procedure, report or screenshot.',
          },
        },
        {
          id: 'evidenceLinks',
          type: 'group',
          maxItems: 10,
          label: { id: 'Tautan bukti', en: 'Evidence link' },
          help: {
            id: 'Berita, halaman aplikasi, atau dokumen daring.',
            en: 'News, application pages or online documents.',
          },
          fields: [
            {
              id: 'title',
              type: 'shortText',
              maxLength: 150,
              required: true,
              label: { id: 'Judul tautan', en: 'Link title' },
            },
            { id: 'url', type: 'url', required: true, label: { id: 'Alamat tautan', en: 'Link address' } },
          ],
        },
      ],
    },
  ],
  computed: [
    {
      id: 'evidenceLinkCount',
      label: { id: 'Jumlah tautan bukti', en: 'Number of evidence links' },
      compute: { kind: 'count', field: 'evidenceLinks' },
    },
  ],
  scoring: { kind: 'maturity-average' },
};
