"""Commercial records: contracts, payments, arrears, quality records, complaints."""
