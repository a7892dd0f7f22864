"""Files kept beside the database: content-addressed blobs (`blobs`) and pictures cleaned of their metadata (`pictures`)."""
