//! A conic equal-area (Albers) projection fitted to an extent, through `proj4rs`.
//!
//! Equal-area keeps countries' sizes comparable (Kazakhstan is about six Uzbekistans on
//! the map as on the ground). The standard parallels sit at one sixth and five sixths of
//! the extent's latitudes, the usual choice that spreads the distortion evenly.
//!
//! ```
//! use steppe::geo::{extent::Extent, projection::Projection};
//! let p = Projection::conic_equal_area(&Extent { west: 40.0, south: 30.0, east: 90.0, north: 55.0 }).unwrap();
//! let (a, b) = (p.project(60.0, 40.0).unwrap(), p.project(70.0, 40.0).unwrap());
//! assert!(b.x > a.x);
//! ```

use super::extent::Extent;
use geo::Coord;
use proj4rs::Proj;

pub struct Projection {
    lonlat: Proj,
    conic: Proj,
}

impl Projection {
    pub fn conic_equal_area(extent: &Extent) -> Result<Projection, String> {
        let span = extent.north - extent.south;
        let definition = format!(
            "+proj=aea +lat_1={} +lat_2={} +lat_0={} +lon_0={} +ellps=WGS84 +units=m",
            extent.south + span / 6.0,
            extent.north - span / 6.0,
            extent.south + span / 2.0,
            (extent.west + extent.east) / 2.0,
        );
        Ok(Projection {
            lonlat: Proj::from_proj_string("+proj=longlat +ellps=WGS84")
                .map_err(|e| e.to_string())?,
            conic: Proj::from_proj_string(&definition).map_err(|e| format!("{definition}: {e}"))?,
        })
    }

    /// Metres east and north of the projection's origin; `None` where it has no image.
    pub fn project(&self, lon: f64, lat: f64) -> Option<Coord> {
        let (x, y) = proj4rs::adaptors::transform_vertex_2d(
            &self.lonlat,
            &self.conic,
            (lon.to_radians(), lat.to_radians()),
        )
        .ok()?;
        (x.is_finite() && y.is_finite()).then_some(Coord { x, y })
    }
}
