"""Sample and help requests: forms, numbers, slip codes, and the service that files and tracks them.

Modules: `errors` (domain errors with reason codes), `forms` (validated drafts, phone and TIN
rules, consent text), `numbers` (request numbers and the slips' QR payload), `records` (what a
stored request looks like to callers), `service` (RequestService: filing, the staff queue,
printing, scanning, local sample stock).
"""
